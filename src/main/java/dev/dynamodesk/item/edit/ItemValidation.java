package dev.dynamodesk.item.edit;

import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.StringValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What DynamoDB would refuse in an item, found before sending and pinned to the value it is
 * about: missing or mistyped keys, keys too long or empty, the 400 KB limit, more than 31 maps or
 * lists inside one another (32 levels), names that are empty. (Sets cannot be empty or repeat a member: the model refuses it.)
 */
public final class ItemValidation {
    public static final int MAX_DEPTH = 32;
    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;

    private ItemValidation() {
    }

    /** A problem at a path (null: the item as a whole). */
    public record Problem(ValuePath path, String message) {
        @Override
        public String toString() {
            return path == null ? message : path + ": " + message;
        }
    }

    public static List<Problem> check(Item item, List<KeySlot> keys) {
        List<Problem> problems = new ArrayList<>();
        for (KeySlot key : keys) {
            checkKey(item, key, problems);
        }
        long size = ItemSize.of(item);
        if (size > ItemSize.LIMIT) {
            problems.add(new Problem(null, "The item is " + size + " bytes; DynamoDB takes at most " + ItemSize.LIMIT
                    + " (400 KB)"));
        }
        for (Map.Entry<String, DynamoValue> entry : item.attributes().entrySet()) {
            ValuePath path = ValuePath.attribute(entry.getKey());
            if (entry.getKey().isEmpty()) {
                problems.add(new Problem(path, "An attribute name cannot be empty"));
            }
            checkNesting(entry.getValue(), path, 1, problems);
        }
        return problems;
    }

    private static void checkKey(Item item, KeySlot key, List<Problem> problems) {
        ValuePath path = ValuePath.attribute(key.name());
        DynamoValue value = item.get(key.name());
        String role = key.partition() ? "partition key" : "sort key";
        if (value == null) {
            problems.add(new Problem(path, "The " + role + " " + key.name() + " is missing"));
            return;
        }
        if (value.type() != key.type()) {
            problems.add(new Problem(path, "The " + role + " must be a " + key.type().displayName().toLowerCase()
                    + " (" + key.type().name() + "), not a " + value.type().displayName().toLowerCase()));
            return;
        }
        int bytes = value instanceof StringValue s ? s.value().getBytes(StandardCharsets.UTF_8).length
                : value instanceof BinaryValue b ? b.length() : -1;
        if (bytes == 0) {
            problems.add(new Problem(path, "A key cannot be empty"));
        }
        int limit = key.partition() ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES;
        if (bytes > limit) {
            problems.add(new Problem(path, "A " + role + " can be at most " + limit + " bytes; this one is " + bytes));
        }
    }

    /**
     * DynamoDB's rule, found against DynamoDB Local (and as AWS answers): an attribute's value may
     * hold at most 31 maps or lists inside one another, the attribute itself counting as level 1, so
     * that nothing sits below level 32; the 32nd container is refused ("Nesting Levels have exceeded
     * supported limits"), whatever it holds. A set is a value, not a level.
     */
    private static void checkNesting(DynamoValue value, ValuePath path, int depth, List<Problem> problems) {
        boolean container = value instanceof MapValue || value instanceof ListValue;
        if (container && depth >= MAX_DEPTH) {
            problems.add(new Problem(path, "Nested too deep: DynamoDB allows " + (MAX_DEPTH - 1)
                    + " maps or lists inside one another (" + MAX_DEPTH + " levels with the attribute); this is the " + depth + "th"));
            return;
        }
        if (value instanceof MapValue map) {
            for (Map.Entry<String, DynamoValue> entry : map.entries().entrySet()) {
                if (entry.getKey().isEmpty()) {
                    problems.add(new Problem(path.key(""), "A map key cannot be empty"));
                }
                checkNesting(entry.getValue(), path.key(entry.getKey()), depth + 1, problems);
            }
        } else if (value instanceof ListValue list) {
            for (int i = 0; i < list.elements().size(); i++) {
                checkNesting(list.elements().get(i), path.index(i), depth + 1, problems);
            }
        }
    }
}
