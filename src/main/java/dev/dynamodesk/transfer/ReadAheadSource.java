package dev.dynamodesk.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The iterator part every item source shares: the next record is read when asked whether there
 * is one, and handed out once. A subclass only says how to read a record (null at the end).
 */
abstract class ReadAheadSource implements ItemSource {
    private ImportLine next;
    private boolean ended;

    /** The next record, or null when the file has no more. */
    protected abstract ImportLine readNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            try {
                next = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final ImportLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportLine line = next;
        next = null;
        return line;
    }
}
