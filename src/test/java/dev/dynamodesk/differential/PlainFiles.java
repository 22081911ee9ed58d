package dev.dynamodesk.differential;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the lossy formats, written down independently of the app: plain JSON keeps values
 * but not types (sets become arrays, binary its base64 text); CSV keeps one cell per column
 * (missing, NULL and "" all as an empty cell; maps, lists and sets as plain JSON in the cell).
 */
final class PlainFiles {
    private static final Pattern TYPED_HEADER = Pattern.compile("^(.*) \\((S|N|B|BOOL|NULL|M|L|SS|NS|BS)\\)$");

    private PlainFiles() {
    }

    /** Plain JSON objects against the reference's plain view of each item. */
    static void assertPlainItems(String what, List<Map<String, Typed>> reference, List<Map<String, Object>> read) {
        SameItems.assertMatch(what, reference, read, PlainFiles::plainKey, PlainFiles::readKey,
                (expected, actual) -> Typed.plainMatches(plainView(expected), actual));
    }

    static Map<String, Object> plainView(Map<String, Typed> item) {
        Map<String, Object> plain = new java.util.TreeMap<>();
        item.forEach((name, value) -> plain.put(name, value.plain()));
        return plain;
    }

    static String plainKey(Map<String, Typed> item) {
        return "pk=" + item.get("pk").value() + ",sk=" + item.get("sk").value();
    }

    static String readKey(Map<String, Object> item) {
        return "pk=" + item.get("pk") + ",sk=" + item.get("sk");
    }

    /** A CSV export: a typed header naming every attribute of the table, then one row per item. */
    static void assertCsvRows(String what, List<Map<String, Typed>> reference, Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header;
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<List<String>> records = mapper.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(in)) {
            header = records.hasNext() ? records.next() : List.of();
            while (records.hasNext()) {
                List<String> cells = records.next();
                if (cells.size() != header.size()) {
                    throw new AssertionError(what + ": a row of " + cells.size() + " cells under " + header.size() + " columns: " + cells);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            }
        }
        Map<String, String> columns = new LinkedHashMap<>(); // attribute -> header
        for (String name : header) {
            Matcher typed = TYPED_HEADER.matcher(name);
            columns.put(typed.matches() ? typed.group(1) : name, name);
        }
        Set<String> attributes = new TreeSet<>();
        reference.forEach(item -> attributes.addAll(item.keySet()));
        if (!columns.keySet().containsAll(attributes)) {
            Set<String> missing = new TreeSet<>(attributes);
            missing.removeAll(columns.keySet());
            throw new AssertionError(what + ": the CSV has no column for " + missing);
        }
        SameItems.assertMatch(what, reference, rows, PlainFiles::plainKey,
                row -> "pk=" + row.get(columns.get("pk")) + ",sk=" + Typed.number(row.get(columns.get("sk"))),
                (expected, row) -> columns.entrySet().stream().allMatch(column ->
                        cellMatches(expected.get(column.getKey()), row.get(column.getValue()))));
    }

    /** Whether a CSV cell holds the reference value as the CSV rules write it. */
    static boolean cellMatches(Typed value, String cell) {
        if (value == null || value.type().equals("NULL") || value.type().equals("S") && value.value().equals("")) {
            return cell.isEmpty();
        }
        try {
            return switch (value.type()) {
                case "S" -> cell.equals(value.value());
                case "N" -> Typed.number(cell).equals(value.value());
                case "BOOL" -> cell.equals(value.value().toString());
                case "B" -> cell.equals(value.plain());
                default -> Typed.plainMatches(value.plain(), Typed.ofPlainJson(ReferenceReader.JSON.readTree(cell)));
            };
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Items as the CSV rules give them back on import: "" and NULL gone, the rest by plain value. */
    static Map<String, Object> csvView(Map<String, Typed> item) {
        Map<String, Object> plain = new HashMap<>();
        item.forEach((name, value) -> {
            if (!value.type().equals("NULL") && !(value.type().equals("S") && value.value().equals(""))) {
                plain.put(name, value.plain());
            }
        });
        return plain;
    }

    static List<String> keys() {
        return RandomTables.KEYS;
    }
}
