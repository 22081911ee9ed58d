package dev.dynamodesk.ui.browser;

import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the grid's columns from the items loaded: key attributes first, then the other
 * attributes, most common first. Columns already shown keep their place as pages arrive, so the
 * grid does not jump; attributes seen for the first time are appended.
 */
final class ColumnPlanner {
    private final Map<String, Integer> frequency = new HashMap<>();

    /** The columns to add after {@code shown}, given a new page of items. */
    List<String> newColumns(List<String> keyNames, List<String> shown, List<Item> page) {
        for (Item item : page) {
            for (String name : item.attributes().keySet()) {
                frequency.merge(name, 1, Integer::sum);
            }
        }
        Set<String> present = new LinkedHashSet<>(shown);
        List<String> added = new ArrayList<>();
        for (String key : keyNames) {
            if (present.add(key)) {
                added.add(key);
            }
        }
        List<String> others = new ArrayList<>();
        for (String name : frequency.keySet()) {
            if (!present.contains(name)) {
                others.add(name);
            }
        }
        others.sort(Comparator.<String>comparingInt(name -> -frequency.get(name)).thenComparing(String.CASE_INSENSITIVE_ORDER));
        added.addAll(others);
        return added;
    }

    void reset() {
        frequency.clear();
    }
}
