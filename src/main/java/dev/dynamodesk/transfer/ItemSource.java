package dev.dynamodesk.transfer;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Items read one at a time from a file in one of the import formats. A record that cannot be
 * read comes out as a failed {@link ImportLine} and the records after it are still read.
 */
public interface ItemSource extends Iterator<ImportLine>, Closeable {
    /**
     * The format failed records are written back in, one per line, so that the file of failed
     * records can be fixed and imported again.
     */
    ExportFormat failedFormat();

    /** Bytes of the file read so far (for progress against the file's size); 0 when not counted. */
    default long bytesRead() {
        return 0;
    }

    /** What the file of failed records starts with (a CSV header row), or "". */
    default String failedPreamble() {
        return "";
    }
}
