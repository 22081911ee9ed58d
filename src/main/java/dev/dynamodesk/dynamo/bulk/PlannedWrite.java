package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.item.Item;
import java.util.List;
import java.util.Objects;

/**
 * One write of a bulk run, as journaled before it is sent: the item as read ({@code before}; null
 * when the write puts back an item that was deleted) and as it is to be ({@code after}; null when
 * the item is deleted). The write holds only while the item still has its {@code before} values
 * in the {@code conditioned} attributes (for a delete: in all of them).
 */
public record PlannedWrite(long sequence, Item key, Item before, Item after, List<String> conditioned) {
    public enum Action { UPDATE, DELETE, PUT_IF_ABSENT }

    public PlannedWrite {
        Objects.requireNonNull(key, "key");
        if (before == null && after == null) {
            throw new IllegalArgumentException("A write needs an item before or after it");
        }
        conditioned = List.copyOf(conditioned);
    }

    public Action action() {
        return after == null ? Action.DELETE : before == null ? Action.PUT_IF_ABSENT : Action.UPDATE;
    }

    /** The write that undoes this one: back to {@code before}, only while the item holds {@code after}. */
    public PlannedWrite reverse(long newSequence) {
        return new PlannedWrite(newSequence, key, after, before, conditioned);
    }

    /** Whether {@code now} (null: no item) is what this write leaves: its own earlier attempt, or the same change made by another. */
    public boolean isDoneIn(Item now) {
        return switch (action()) {
            case DELETE -> now == null;
            case PUT_IF_ABSENT -> after.equals(now);
            case UPDATE -> now != null && conditioned.stream().allMatch(name -> Objects.equals(now.get(name), after.get(name)));
        };
    }

    /** Whether {@code now} still is as the run read it (what this write would change). */
    public boolean isUntouchedIn(Item now) {
        return switch (action()) {
            case DELETE -> before.equals(now);
            case PUT_IF_ABSENT -> now == null;
            case UPDATE -> now != null && conditioned.stream().allMatch(name -> Objects.equals(now.get(name), before.get(name)));
        };
    }
}
