package dev.dynamodesk.ui.copy;

import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import java.util.List;

/** One difference as the comparison list shows it: its kind, the key, both sides (null where absent) and what changed. */
public record DifferenceRow(Kind kind, Item key, Item left, Item right, List<ItemDiff.Change> changes) {
    public enum Kind {
        ONLY_LEFT("only left"), ONLY_RIGHT("only right"), DIFFERENT("different");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public DifferenceRow {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** Whether the row concerns {@code attribute} (a different item that changed it, or an item on one side holding it). */
    public boolean touches(String attribute) {
        if (kind == Kind.DIFFERENT) {
            return changes.stream().anyMatch(change -> change.name().equals(attribute));
        }
        Item item = left != null ? left : right;
        return item != null && item.has(attribute);
    }
}
