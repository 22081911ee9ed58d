package dev.dynamodesk.item.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in an item: the attribute name, then map keys and list indexes down to it.
 * Set members are not addressed one by one: a set is edited as a whole value.
 */
public record ValuePath(List<Step> steps) {
    public sealed interface Step {
    }

    /** An attribute name at the top, a map key below it. */
    public record Key(String name) implements Step {
    }

    public record Index(int index) implements Step {
    }

    public ValuePath {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.get(0) instanceof Key)) {
            throw new IllegalArgumentException("A path starts with an attribute name");
        }
    }

    public static ValuePath attribute(String name) {
        return new ValuePath(List.of(new Key(name)));
    }

    public ValuePath key(String name) {
        return append(new Key(name));
    }

    public ValuePath index(int index) {
        return append(new Index(index));
    }

    public ValuePath parent() {
        if (isAttribute()) {
            throw new IllegalStateException("An attribute has no parent value");
        }
        return new ValuePath(steps.subList(0, steps.size() - 1));
    }

    public Step last() {
        return steps.get(steps.size() - 1);
    }

    public boolean isAttribute() {
        return steps.size() == 1;
    }

    public String attributeName() {
        return ((Key) steps.get(0)).name();
    }

    public int depth() {
        return steps.size();
    }

    private ValuePath append(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new ValuePath(longer);
    }

    /** "address.city", "tags[2]": for messages and undo descriptions. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            if (step instanceof Key key) {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(key.name());
            } else {
                text.append('[').append(((Index) step).index()).append(']');
            }
        }
        return text.toString();
    }
}
