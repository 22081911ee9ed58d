package dev.dynamodesk.transfer;

import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.PlainJson;
import dev.dynamodesk.item.StringValue;
import java.util.List;

/**
 * Items as CSV (RFC 4180) or TSV, for spreadsheets: one row an item, one column an attribute.
 * Strings, numbers and booleans are written as they are, binary as base64, NULL as an empty cell,
 * and maps, lists and sets as plain JSON inside the cell. A missing attribute is an empty cell.
 */
public final class DelimitedText {
    public enum Format {
        CSV(','), TSV('\t');

        private final char separator;

        Format(char separator) {
            this.separator = separator;
        }
    }

    private DelimitedText() {
    }

    public static String write(List<String> columns, List<Item> items, Format format, boolean header) {
        StringBuilder out = new StringBuilder();
        if (header) {
            appendRow(out, columns, format);
        }
        for (Item item : items) {
            List<String> cells = columns.stream().map(column -> cell(item.get(column))).toList();
            appendRow(out, cells, format);
        }
        return out.toString();
    }

    /** The text of one cell, before quoting. */
    public static String cell(DynamoValue value) {
        if (value == null || value instanceof NullValue) {
            return "";
        }
        if (value instanceof StringValue s) {
            return s.value();
        }
        if (value instanceof NumberValue n) {
            return n.text();
        }
        if (value instanceof BoolValue b) {
            return Boolean.toString(b.value());
        }
        if (value instanceof BinaryValue b) {
            return b.toBase64();
        }
        return PlainJson.write(value, false);
    }

    private static void appendRow(StringBuilder out, List<String> cells, Format format) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(format.separator);
            }
            out.append(quote(cells.get(i), format.separator));
        }
        out.append("\r\n");
    }

    /** Quotes a cell that holds the separator, a quote or a line break; doubles quotes inside. */
    static String quote(String cell, char separator) {
        boolean needsQuotes = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
