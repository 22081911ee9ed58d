package dev.dynamodesk.transfer;

import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DynamoDB JSON lines (DynamoDB's export format, {@code {"Item": {...}}} per line; a bare
 * item per line is accepted too) one line at a time. A bad line is reported with its number and
 * does not stop the lines after it.
 */
public final class DynamoJsonLinesReader implements Iterator<DynamoJsonLinesReader.Line>, AutoCloseable {
    private static final Pattern WRAPPED = Pattern.compile("^\\s*\\{\\s*\"Item\"\\s*:\\s*(\\{.*})\\s*}\\s*$", Pattern.DOTALL);

    /** One line: its number (from 1), its text, and the item or why it could not be read. */
    public record Line(long number, String text, Item item, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final BufferedReader lines;
    private long number;
    private Line next;

    public DynamoJsonLinesReader(InputStream in) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        try {
            String text;
            while ((text = lines.readLine()) != null) {
                number++;
                if (!text.isBlank()) {
                    next = parse(number, text);
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    static Line parse(long number, String text) {
        Matcher wrapped = WRAPPED.matcher(text);
        String item = wrapped.matches() ? wrapped.group(1) : text;
        try {
            return new Line(number, text, DynamoJson.parseItem(item), null);
        } catch (DynamoJsonException e) {
            return new Line(number, text, null, e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
