package dev.dynamodesk.transfer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180) one record at a time: quoted cells may hold commas, doubled quotes and line
 * breaks; lines end in CRLF or LF. Each record keeps the line it starts on and its raw text, so a
 * record that fails to import can be written back out exactly as it was.
 */
public final class CsvRecords implements Closeable {
    /** One record: the line it starts on (from 1), its cells, its text without the line end. */
    public record CsvRecord(long line, List<String> cells, String text) {
    }

    private final Reader in;
    private long line = 1;
    private int pushedBack = -2;

    public CsvRecords(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
    }

    public static CsvRecords of(InputStream in) {
        return new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next record, or null at the end. A byte-order mark before the first cell is dropped. */
    public CsvRecord next() throws IOException {
        int c = read();
        if (line == 1 && c == '\uFEFF') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        long start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellWasQuoted = false;
        while (true) {
            if (c == -1) {
                cells.add(cell.toString());
                return new CsvRecord(start, cells, raw.toString());
            }
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        cell.append('"');
                        raw.append("\"\"");
                    } else {
                        quoted = false;
                        raw.append('"');
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                    raw.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty() && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
                raw.append('"');
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
                raw.append(',');
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                line++;
                cells.add(cell.toString());
                return new CsvRecord(start, cells, raw.toString());
            } else {
                cell.append((char) c);
                raw.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
