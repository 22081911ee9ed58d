package dev.dynamodesk.transfer;

import dev.dynamodesk.item.Item;
import java.io.IOException;

/** Writes items one at a time to a stream in one of the export formats; memory does not grow. */
public interface ItemWriter extends AutoCloseable {
    void write(Item item) throws IOException;

    long itemsWritten();

    /** Bytes that reached the stream so far (what the writer still buffers is counted after {@link #flush()}). */
    long bytesWritten();

    void flush() throws IOException;

    /** Finishes the format (closes a JSON array) and closes the stream. */
    @Override
    void close() throws IOException;
}
