package dev.dynamodesk.dynamo.transfer;

import dev.dynamodesk.dynamo.stream.ReadAccount;
import java.time.Duration;

/**
 * What an export did, checked: what was read (per segment, when a table was read; null for a
 * statement's pages, counted in {@code read}), what was written, and the records the file holds
 * (-1 when not written to a file).
 */
public record ExportResult(ReadAccount account, long read, long written, long bytes, long fileRecords,
                           Duration elapsed) {
    public ExportResult(ReadAccount account, long written, long bytes, long fileRecords, Duration elapsed) {
        this(account, account.items(), written, bytes, fileRecords, elapsed);
    }

    public ExportResult withFileRecords(long records) {
        return new ExportResult(account, read, written, bytes, records, elapsed);
    }

    /** The items exported (all figures agree once the result exists). */
    public long items() {
        return written;
    }

    /**
     * The accounting line: "100,000 items read (segments: 25,010 + …), 100,000 written, the file
     * holds 100,000 records · 95.4 MB in 21 s".
     */
    public String describe() {
        String readPart = account != null ? account.describe() : String.format("%,d item%s read", read, read == 1 ? "" : "s");
        return readPart + String.format(", %,d written", written)
                + (fileRecords >= 0 ? String.format(", the file holds %,d record%s", fileRecords, fileRecords == 1 ? "" : "s") : "")
                + " · " + bytes(bytes) + " in " + seconds(elapsed);
    }

    private static String seconds(Duration elapsed) {
        long millis = elapsed.toMillis();
        return millis < 10_000 ? String.format("%.1f s", millis / 1000.0) : millis / 1000 + " s";
    }

    static String bytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
