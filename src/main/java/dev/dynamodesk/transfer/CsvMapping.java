package dev.dynamodesk.transfer;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.DynamoNumbers;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.PlainJsonReader;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.ValueText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the columns of a CSV file become attributes: each column's attribute name and type, or
 * skipped. A typed header ({@code price (N)}, as our CSV export writes it) gives the types; other
 * columns are strings unless the user (or {@link #guess}) says otherwise. Empty cells are left out
 * of the item: CSV cannot tell an empty string from a missing value.
 */
public record CsvMapping(List<Column> columns) {
    private static final Pattern TYPED_HEADER = Pattern.compile("^(.*\\S)\\s*\\((S|N|B|BOOL|NULL|M|L|SS|NS|BS)\\)$");
    /** Numbers as people write them; "007" is not one (the zeros would be lost), nor "1,5". */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$");

    /** One column: its header, the attribute it fills and that attribute's type; {@code type} null skips it. */
    public record Column(String header, String attribute, AttributeType type) {
        public boolean skipped() {
            return type == null;
        }
    }

    public CsvMapping {
        columns = List.copyOf(columns);
    }

    /** From the header row alone: typed headers keep their type, the rest are strings. */
    public static CsvMapping fromHeader(List<String> headers) {
        return guess(headers, List.of());
    }

    /**
     * From the header row and some rows: typed headers keep their type; an untyped column becomes
     * a number, boolean, map or list only when every sampled cell in it is one, otherwise a string.
     */
    public static CsvMapping guess(List<String> headers, List<List<String>> rows) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Matcher typed = TYPED_HEADER.matcher(header.strip());
            if (typed.matches()) {
                columns.add(new Column(header, typed.group(1), AttributeType.valueOf(typed.group(2))));
            } else {
                int column = i;
                columns.add(new Column(header, header.strip(), guessType(rows.stream()
                        .map(row -> column < row.size() ? row.get(column) : "").toList())));
            }
        }
        return new CsvMapping(columns);
    }

    private static AttributeType guessType(List<String> cells) {
        List<String> present = cells.stream().filter(cell -> !cell.isEmpty()).toList();
        if (present.isEmpty()) {
            return AttributeType.S;
        }
        if (present.stream().allMatch(cell -> PLAIN_NUMBER.matcher(cell).matches() && DynamoNumbers.isValid(cell))) {
            return AttributeType.N;
        }
        if (present.stream().allMatch(cell -> cell.equals("true") || cell.equals("false"))) {
            return AttributeType.BOOL;
        }
        for (AttributeType container : List.of(AttributeType.M, AttributeType.L)) {
            if (present.stream().allMatch(cell -> convert(cell, container) != null)) {
                return container;
            }
        }
        return AttributeType.S;
    }

    public CsvMapping with(int index, String attribute, AttributeType type) {
        List<Column> changed = new ArrayList<>(columns);
        changed.set(index, new Column(columns.get(index).header(), attribute, type));
        return new CsvMapping(changed);
    }

    /** Why this mapping cannot be used (two columns filling one attribute, a blank name), or null. */
    public String problem() {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Column column : columns) {
            if (column.skipped()) {
                continue;
            }
            if (column.attribute() == null || column.attribute().isBlank()) {
                return "Column \"" + column.header() + "\" needs an attribute name (or skip it)";
            }
            String before = seen.put(column.attribute(), column.header());
            if (before != null) {
                return "Columns \"" + before + "\" and \"" + column.header() + "\" both fill " + column.attribute();
            }
        }
        return seen.isEmpty() ? "Every column is skipped: there is nothing to import" : null;
    }

    /** The record as an item, or a failed line saying which cell could not be read. */
    public ImportLine read(CsvRecords.CsvRecord record) {
        if (record.cells().size() > columns.size()) {
            return ImportLine.failed(record.line(), record.text(), "Row has " + record.cells().size()
                    + " cells but the header has " + columns.size() + " columns");
        }
        Map<String, DynamoValue> attributes = new LinkedHashMap<>();
        for (int i = 0; i < record.cells().size(); i++) {
            Column column = columns.get(i);
            String cell = record.cells().get(i);
            if (column.skipped() || cell.isEmpty()) {
                continue;
            }
            DynamoValue value;
            try {
                value = cellValue(cell, column.type());
            } catch (IllegalArgumentException e) {
                return ImportLine.failed(record.line(), record.text(), "Column " + column.header() + ": " + e.getMessage());
            }
            attributes.put(column.attribute(), value);
        }
        return ImportLine.read(record.line(), record.text(), new Item(attributes));
    }

    /** A cell's value as the given type; the text of maps, lists and sets is plain JSON. */
    static DynamoValue cellValue(String cell, AttributeType type) {
        return switch (type) {
            case S, N, B, BOOL -> ValueText.parse(cell, type);
            case NULL -> NullValue.INSTANCE;
            default -> {
                DynamoValue value = convert(cell, type);
                if (value == null) {
                    throw new IllegalArgumentException("\"" + abbreviate(cell) + "\" is not a JSON "
                            + (type == AttributeType.M ? "object" : "array")
                            + (type.isSet() ? " of distinct " + memberKind(type) : ""));
                }
                yield value;
            }
        };
    }

    /**
     * Plain JSON read as a container or set type, or null when it does not fit: the reader keeps a
     * set type only when the array fits it, so a sample value of the type tells it what we want.
     */
    private static DynamoValue convert(String cell, AttributeType type) {
        DynamoValue sample = switch (type) {
            case M -> new MapValue(Map.of());
            case L -> new ListValue(List.of());
            case SS -> StringSetValue.of(List.of("x"));
            case NS -> NumberSetValue.of(List.of(new NumberValue("1")));
            case BS -> BinarySetValue.of(List.of(new BinaryValue(new byte[] {1})));
            default -> throw new IllegalArgumentException(type + " is not read from JSON");
        };
        try {
            DynamoValue value = PlainJsonReader.read("{\"v\":" + cell + "}", new Item(Map.of("v", sample))).item().get("v");
            return value.type() == type ? value : null;
        } catch (DynamoJsonException e) {
            return null;
        }
    }

    private static String memberKind(AttributeType type) {
        return switch (type) {
            case SS -> "strings";
            case NS -> "numbers";
            default -> "base64 strings";
        };
    }

    private static String abbreviate(String cell) {
        return cell.length() <= 40 ? cell : cell.substring(0, 40) + "…";
    }
}
