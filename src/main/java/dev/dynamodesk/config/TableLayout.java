package dev.dynamodesk.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the user arranged a table's grid: column order, widths and hidden columns. Remembered per
 * connection and table in settings.json.
 */
public record TableLayout(List<String> order, Map<String, Double> widths, Set<String> hidden) {
    public TableLayout {
        order = order == null ? List.of() : List.copyOf(order);
        widths = widths == null ? Map.of() : Map.copyOf(widths);
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
    }
}
