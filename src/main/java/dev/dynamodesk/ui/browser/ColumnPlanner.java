package dev.dynamodesk.ui.browser;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Chooses the grid's columns from the items loaded: key attributes first, then the other
 * attributes, most common first. Columns already shown keep their place as pages arrive, so the
 * grid does not jump; attributes seen for the first time are appended.
 */
public final class ColumnPlanner {
    private static double characterWidth;
    private final Map<String, Integer> frequency = new HashMap<>();
    private List<String> preferred = List.of();
    private Map<String, java.util.function.Function<Item, DynamoValue>> derived = Map.of();

    /**
     * An entity's view: {@code order} first after the keys (its key parameters, then its attributes
     * in its usual order), where the items carry them; {@code computed} are columns worked out from
     * each item (a key template's parameters), always shown. Empty lists: the plain grid.
     */
    public void prefer(List<String> order, Map<String, java.util.function.Function<Item, DynamoValue>> computed) {
        preferred = List.copyOf(order);
        derived = Map.copyOf(computed);
    }

    /** How a computed column's value comes from an item; empty for an attribute's column. */
    public java.util.Optional<java.util.function.Function<Item, DynamoValue>> derived(String column) {
        return java.util.Optional.ofNullable(derived.get(column));
    }

    /** The columns to add after {@code shown}, given a new page of items. */
    public List<String> newColumns(List<String> keyNames, List<String> shown, List<Item> page) {
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
        for (String name : preferred) {
            if ((derived.containsKey(name) || frequency.containsKey(name)) && present.add(name)) {
                added.add(name);
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

    /**
     * A width for a column, in characters: enough for its name and for most of its values in
     * {@code sample} (the longest few are allowed to be cut), within sensible bounds.
     */
    public static int widthInChars(String name, List<Item> sample, int maxChars) {
        return widthInChars(name, sample, maxChars, item -> item.get(name));
    }

    /** The same for a column whose value is worked out from each item. */
    public static int widthInChars(String name, List<Item> sample, int maxChars, java.util.function.Function<Item, DynamoValue> valueOf) {
        List<Integer> lengths = new ArrayList<>();
        for (Item item : sample) {
            DynamoValue value = valueOf.apply(item);
            if (value != null) {
                lengths.add(Math.min(maxChars, ValueSummary.of(value, maxChars).length()));
            }
        }
        lengths.sort(null);
        int typical = lengths.isEmpty() ? 0 : lengths.get((int) Math.floor((lengths.size() - 1) * 0.9));
        return Math.max(6, Math.min(maxChars, Math.max(name.length() + 3, typical)));
    }

    /** The width of one character of the grids' monospaced font, measured once (on the FX thread). */
    public static double characterWidth() {
        if (characterWidth == 0) {
            Text probe = new Text("0000000000");
            probe.setFont(Font.font("monospaced", Font.getDefault().getSize() * 0.92));
            characterWidth = probe.getLayoutBounds().getWidth() / 10;
        }
        return characterWidth;
    }

    public void reset() {
        frequency.clear();
    }

    /**
     * The columns that come first: the table's key attributes, then, when {@code index} is read,
     * its key attributes in order (every attribute of a multi-attribute key). An entity's view
     * orders its own columns (its key parameters after the table's key), so there the index's
     * keys are not moved.
     */
    List<String> keyColumns(dev.dynamodesk.dynamo.TableInfo info, String index) {
        if (info == null) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>(info.keyNames());
        if (!preferred.isEmpty()) {
            return names;
        }
        info.index(index).ifPresent(chosen -> chosen.keyNames().stream().filter(name -> !names.contains(name)).forEach(names::add));
        return names;
    }
}
