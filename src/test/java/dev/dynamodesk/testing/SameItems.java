package dev.dynamodesk.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Compares what a data path produced with the reference, item by item, matched by key: every
 * reference item exactly once, nothing else, and each equal by value. A failure names the counts
 * and the first few differences.
 */
public final class SameItems {
    private static final int SHOWN = 5;

    private SameItems() {
    }

    /** Typed items on both sides. */
    public static void assertSame(String what, List<Map<String, Typed>> reference, List<Map<String, Typed>> actual,
                                  List<String> keys) {
        assertMatch(what, reference, actual, item -> keyOf(item, keys, Typed::toString), item -> keyOf(item, keys, Typed::toString),
                Object::equals);
    }

    /**
     * Reference items against items of another shape (plain JSON, CSV rows): {@code actualKey}
     * finds an actual item's key in the reference's key spelling, and {@code matches} compares.
     */
    public static <A> void assertMatch(String what, List<Map<String, Typed>> reference, List<A> actual,
                                       Function<Map<String, Typed>, String> referenceKey, Function<A, String> actualKey,
                                       BiPredicate<Map<String, Typed>, A> matches) {
        Map<String, Map<String, Typed>> expected = new HashMap<>();
        for (Map<String, Typed> item : reference) {
            if (expected.put(referenceKey.apply(item), item) != null) {
                throw new AssertionError(what + ": the reference itself holds a key twice: " + referenceKey.apply(item));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> different = new ArrayList<>();
        for (A item : actual) {
            String key = actualKey.apply(item);
            int times = seen.merge(key, 1, Integer::sum);
            if (times == 2) {
                duplicates.add(key);
            }
            Map<String, Typed> wanted = expected.get(key);
            if (wanted == null) {
                extra.add(key);
            } else if (times == 1 && !matches.test(wanted, item)) {
                different.add(key + ": " + difference(wanted, item));
            }
        }
        List<String> missing = expected.keySet().stream().filter(key -> !seen.containsKey(key)).sorted().toList();
        if (missing.isEmpty() && extra.isEmpty() && duplicates.isEmpty() && different.isEmpty()) {
            return;
        }
        throw new AssertionError(String.format("%s: %,d items expected, %,d produced: %,d missing %s, %,d not in the table %s,"
                        + " %,d twice %s, %,d different%s", what, reference.size(), actual.size(), missing.size(), first(missing),
                extra.size(), first(extra), duplicates.size(), first(duplicates), different.size(),
                different.isEmpty() ? "" : ":\n  " + String.join("\n  ", first(different))));
    }

    /** The attributes that differ, when the actual item is a map too; else both items, shortened. */
    private static String difference(Map<String, Typed> expected, Object actual) {
        if (!(actual instanceof Map<?, ?> map)) {
            return "expected " + shorten(expected) + ", got " + shorten(actual);
        }
        java.util.Set<Object> names = new java.util.TreeSet<>(java.util.Comparator.comparing(String::valueOf));
        names.addAll(expected.keySet());
        names.addAll(map.keySet());
        List<String> parts = new ArrayList<>();
        for (Object name : names) {
            Typed wanted = expected.get(name);
            Object got = map.get(name);
            boolean same = wanted != null && got != null && (got instanceof Typed ? wanted.equals(got) : Typed.plainMatches(wanted.plain(), got));
            if (!same) {
                parts.add(name + ": expected " + shorten(wanted) + ", got " + shorten(got));
            }
        }
        return parts.isEmpty() ? "equal as text, different by value: " + shorten(actual) : String.join("; ", parts);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    public static <V> String keyOf(Map<String, V> item, List<String> keys, Function<V, String> text) {
        Map<String, String> key = new TreeMap<>();
        for (String name : keys) {
            V value = item.get(name);
            key.put(name, value == null ? "(missing)" : text.apply(value));
        }
        return key.toString();
    }

    private static List<String> first(List<String> values) {
        return values.subList(0, Math.min(SHOWN, values.size()));
    }
}
