package dev.dynamodesk.ui.editor;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * An editor tab's title: the item's key values, shortened in the middle (keys that share a prefix,
 * such as {@code order#2024-…}, differ at the end), and the whole key in the tooltip.
 */
final class EditorTitle {
    static final int MAX_CHARS = 32;
    private static final int TAIL_CHARS = 12;
    private static final String SEPARATOR = " · ";

    private EditorTitle() {
    }

    /** {@code item}: the item as loaded, or what a new item holds so far. */
    static String text(List<String> keyNames, Item item, boolean isNew, boolean dirty) {
        List<String> parts = keyParts(keyNames, item);
        String title = parts.isEmpty() ? "New item" : isNew ? "New: " + fit(parts, MAX_CHARS - 5) : fit(parts, MAX_CHARS);
        return dirty ? "● " + title : title;
    }

    /** The key values joined; when too long the sort key keeps up to half the room, the partition key the rest. */
    private static String fit(List<String> parts, int maxChars) {
        String joined = String.join(SEPARATOR, parts);
        if (joined.length() <= maxChars || parts.size() == 1) {
            return shorten(joined, maxChars);
        }
        String sort = shorten(parts.get(1), maxChars / 2);
        return shorten(parts.get(0), maxChars - SEPARATOR.length() - sort.length()) + SEPARATOR + sort;
    }

    static String tooltip(String connectionName, String tableName, List<String> keyNames, Item item, boolean isNew) {
        StringBuilder text = new StringBuilder(isNew ? "New item in " : "Item of ").append(tableName)
                .append(" on ").append(connectionName);
        for (String name : keyNames) {
            DynamoValue value = item == null ? null : item.get(name);
            text.append('\n').append(name).append(" = ").append(value == null ? "(not set)" : ValueSummary.of(value, 2_048));
        }
        return text.toString();
    }

    private static List<String> keyParts(List<String> keyNames, Item item) {
        List<String> parts = new ArrayList<>();
        for (String name : keyNames) {
            DynamoValue value = item == null ? null : item.get(name);
            if (value != null) {
                parts.add(ValueSummary.of(value, 2_048));
            }
        }
        return parts;
    }

    static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int tail = Math.min(TAIL_CHARS, maxChars / 3);
        return text.substring(0, maxChars - tail - 1) + "…" + text.substring(text.length() - tail);
    }
}
