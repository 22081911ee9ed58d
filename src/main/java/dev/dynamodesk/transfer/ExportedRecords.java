package dev.dynamodesk.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the records an exported file holds, read back from the disk: the file's own figure for
 * an export's accounting, independent of what the writer counted.
 */
public final class ExportedRecords {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ExportedRecords() {
    }

    public static long count(Path file, ExportFormat format) throws IOException {
        return switch (format) {
            case DYNAMODB_JSON_LINES, JSON_LINES -> lines(file);
            case JSON_ARRAY -> arrayElements(file);
            case CSV -> csvRecords(file);
        };
    }

    /** Lines, each ended by a line feed; text after the last line feed would be a cut line. */
    private static long lines(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
            }
        }
        if (last != '\n') {
            throw new IOException(file + " ends in the middle of a line");
        }
        return lines;
    }

    private static long arrayElements(Path file) throws IOException {
        try (JsonParser json = JSON.createParser(file.toFile())) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + " does not hold a JSON array");
            }
            long elements = 0;
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                if (token == null) {
                    throw new IOException(file + " ends before its array does");
                }
                json.skipChildren();
                elements++;
            }
            return elements;
        }
    }

    /** Records after the header. */
    private static long csvRecords(Path file) throws IOException {
        try (CsvRecords records = CsvRecords.of(Files.newInputStream(file))) {
            long count = -1;
            while (records.next() != null) {
                count++;
            }
            return Math.max(0, count);
        }
    }
}
