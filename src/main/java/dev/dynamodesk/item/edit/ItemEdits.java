package dev.dynamodesk.item.edit;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Edits on items, each returning a new item: items are immutable, so an edit is a new version
 * and undo is the previous one. Map and attribute order is kept; a renamed key keeps its place.
 */
public final class ItemEdits {
    private ItemEdits() {
    }

    /** The value at {@code path}, or null when there is none. */
    public static DynamoValue get(Item item, ValuePath path) {
        DynamoValue value = item.get(path.attributeName());
        for (ValuePath.Step step : path.steps().subList(1, path.steps().size())) {
            if (step instanceof ValuePath.Key key && value instanceof MapValue map) {
                value = map.entries().get(key.name());
            } else if (step instanceof ValuePath.Index index && value instanceof ListValue list
                    && index.index() >= 0 && index.index() < list.elements().size()) {
                value = list.elements().get(index.index());
            } else {
                return null;
            }
        }
        return value;
    }

    /** Sets the value at {@code path}, replacing it or adding it at the end of its map. */
    public static Item set(Item item, ValuePath path, DynamoValue value) {
        return update(item, path, (container, step) -> {
            if (container instanceof MapValue map) {
                Map<String, DynamoValue> entries = new LinkedHashMap<>(map.entries());
                entries.put(((ValuePath.Key) step).name(), value);
                return new MapValue(entries);
            }
            List<DynamoValue> elements = new ArrayList<>(((ListValue) container).elements());
            int index = ((ValuePath.Index) step).index();
            if (index == elements.size()) {
                elements.add(value);
            } else {
                elements.set(index, value);
            }
            return new ListValue(elements);
        });
    }

    /** Inserts a new list element at an index (the others move down). */
    public static Item insert(Item item, ValuePath listElement, DynamoValue value) {
        return update(item, listElement, (container, step) -> {
            List<DynamoValue> elements = new ArrayList<>(((ListValue) container).elements());
            elements.add(((ValuePath.Index) step).index(), value);
            return new ListValue(elements);
        });
    }

    public static Item remove(Item item, ValuePath path) {
        return update(item, path, (container, step) -> {
            if (container instanceof MapValue map) {
                Map<String, DynamoValue> entries = new LinkedHashMap<>(map.entries());
                entries.remove(((ValuePath.Key) step).name());
                return new MapValue(entries);
            }
            List<DynamoValue> elements = new ArrayList<>(((ListValue) container).elements());
            elements.remove(((ValuePath.Index) step).index());
            return new ListValue(elements);
        });
    }

    /** Renames an attribute or map key, keeping its place; refuses a name already taken there. */
    public static Item rename(Item item, ValuePath path, String newName) {
        if (!(path.last() instanceof ValuePath.Key)) {
            throw new IllegalArgumentException("A list element has no name to change");
        }
        if (newName.isEmpty()) {
            throw new IllegalArgumentException("A name cannot be empty");
        }
        return update(item, path, (container, step) -> {
            Map<String, DynamoValue> entries = ((MapValue) container).entries();
            String oldName = ((ValuePath.Key) step).name();
            if (!oldName.equals(newName) && entries.containsKey(newName)) {
                throw new IllegalArgumentException("There is already a \"" + newName + "\" here");
            }
            Map<String, DynamoValue> renamed = new LinkedHashMap<>();
            entries.forEach((name, value) -> renamed.put(name.equals(oldName) ? newName : name, value));
            return new MapValue(renamed);
        });
    }

    /** Moves a list element to another index. */
    public static Item move(Item item, ValuePath listElement, int newIndex) {
        return update(item, listElement, (container, step) -> {
            List<DynamoValue> elements = new ArrayList<>(((ListValue) container).elements());
            if (newIndex < 0 || newIndex >= elements.size()) {
                throw new IllegalArgumentException("There is no position " + newIndex + " in this list");
            }
            elements.add(newIndex, elements.remove(((ValuePath.Index) step).index()));
            return new ListValue(elements);
        });
    }

    /** How a change is made inside the map or list that holds the addressed value. */
    private interface ContainerChange {
        DynamoValue apply(DynamoValue container, ValuePath.Step step);
    }

    /**
     * Applies a change to the container of {@code path}'s last step and rebuilds every value above
     * it. The item's top level is treated as a map of its attributes.
     */
    private static Item update(Item item, ValuePath path, ContainerChange change) {
        MapValue top = new MapValue(item.attributes());
        DynamoValue changed = updateIn(top, path.steps(), 0, change);
        return new Item(((MapValue) changed).entries());
    }

    private static DynamoValue updateIn(DynamoValue container, List<ValuePath.Step> steps, int at, ContainerChange change) {
        ValuePath.Step step = steps.get(at);
        checkStep(container, step, steps, at);
        if (at == steps.size() - 1) {
            return change.apply(container, step);
        }
        UnaryOperator<DynamoValue> inner = child -> updateIn(child, steps, at + 1, change);
        if (container instanceof MapValue map) {
            String name = ((ValuePath.Key) step).name();
            Map<String, DynamoValue> entries = new LinkedHashMap<>(map.entries());
            entries.put(name, inner.apply(map.entries().get(name)));
            return new MapValue(entries);
        }
        List<DynamoValue> elements = new ArrayList<>(((ListValue) container).elements());
        int index = ((ValuePath.Index) step).index();
        elements.set(index, inner.apply(elements.get(index)));
        return new ListValue(elements);
    }

    private static void checkStep(DynamoValue container, ValuePath.Step step, List<ValuePath.Step> steps, int at) {
        boolean last = at == steps.size() - 1;
        if (step instanceof ValuePath.Key key) {
            if (!(container instanceof MapValue map)) {
                throw new IllegalArgumentException(new ValuePath(steps.subList(0, at + 1)) + ": not inside a map");
            }
            if (!last && !map.entries().containsKey(key.name())) {
                throw new IllegalArgumentException(new ValuePath(steps.subList(0, at + 1)) + " does not exist");
            }
        } else {
            int index = ((ValuePath.Index) step).index();
            if (!(container instanceof ListValue list)) {
                throw new IllegalArgumentException(new ValuePath(steps.subList(0, at + 1)) + ": not inside a list");
            }
            int limit = last ? list.elements().size() : list.elements().size() - 1;
            if (index < 0 || index > limit) {
                throw new IllegalArgumentException(new ValuePath(steps.subList(0, at + 1)) + " is outside the list");
            }
        }
    }
}
