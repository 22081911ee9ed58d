package dev.dynamodesk.transfer;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file an export writes before it is complete: {@code FILE.part} beside the target, created
 * exclusively and locked while it is written, so two exports to the same file cannot mix (the
 * second is refused), and moved to the target's name only by {@link #commit}. Closing it without a
 * commit deletes it. A {@code .part} left by a run that was killed is not locked: it is taken over.
 */
public final class PartFile implements AutoCloseable {
    /** Past the end of any file: locking this byte leaves the data readable on every system. */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private final Path target;
    private final Path part;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean committed;

    private PartFile(Path target, Path part, FileChannel channel, FileLock lock) {
        this.target = target;
        this.part = part;
        this.channel = channel;
        this.lock = lock;
    }

    /** Another run is writing the same file right now. */
    public static final class InUseException extends IOException {
        InUseException(String message) {
            super(message);
        }
    }

    /**
     * Creates and locks the part file of {@code target}.
     *
     * @throws InUseException when another export is writing it
     * @throws NoSuchFileException when the target's folder does not exist (message says so)
     */
    public static PartFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "There is no folder " + folder);
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder: name a file to write");
        }
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        FileChannel channel;
        try {
            channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException exists) {
            channel = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.READ);
        }
        FileLock lock;
        try {
            lock = channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new InUseException("Another export is writing " + absolute + " right now (" + part.getFileName()
                    + " is in use): wait for it to finish, or choose another file");
        }
        channel.truncate(0); // what a killed run left behind
        return new PartFile(absolute, part, channel, lock);
    }

    public Path path() {
        return part;
    }

    public Path target() {
        return target;
    }

    /** The stream to write; closing it does not give up the file (only {@link #close} does). */
    public OutputStream stream() {
        return new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Puts the written file under the target's name: replacing what is there when {@code replace},
     * else refusing if a file of that name appeared meanwhile.
     */
    public void commit(boolean replace) throws IOException {
        channel.force(true);
        if (replace) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            try {
                Files.createLink(target, part); // fails, atomically, when the target exists
                Files.delete(part);
            } catch (UnsupportedOperationException noLinks) {
                if (Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString(), null, "it appeared during the export");
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        committed = true;
    }

    /** Gives up the file: deleted unless committed. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                Files.deleteIfExists(part);
            }
        } finally {
            lock.release();
            channel.close();
        }
    }
}
