package dev.dynamodesk.local;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says which process serves the on-disk database of the built-in DynamoDB Local, and where, so that
 * a second process (the CLI while the window is open) talks to that server instead of opening the
 * same database files underneath it. A file left by a process that died is ignored.
 */
public final class RunningLocalFile {
    private static final Logger LOG = LoggerFactory.getLogger(RunningLocalFile.class);
    private static final String NAME = "running.properties";

    private final Path file;

    public RunningLocalFile(Path databaseDir) {
        this.file = databaseDir.resolve(NAME);
    }

    /** The endpoint of the server another live process runs on this database, if any. */
    public Optional<URI> endpointOfLiveServer() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
            long pid = Long.parseLong(values.getProperty("pid", "-1"));
            if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(URI.create(values.getProperty("endpoint")));
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Ignoring {}: {}", file, e.toString());
        }
        return Optional.empty();
    }

    void write(URI endpoint) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "pid=" + ProcessHandle.current().pid() + "\nendpoint=" + endpoint + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not write {}: other processes will not find this DynamoDB Local", file, e);
        }
    }

    /** Removes the file if this process wrote it. */
    void remove() {
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8)
                    .startsWith("pid=" + ProcessHandle.current().pid() + "\n")) {
                Files.delete(file);
            }
        } catch (IOException e) {
            LOG.info("Could not remove {}: {}", file, e.toString());
        }
    }
}
