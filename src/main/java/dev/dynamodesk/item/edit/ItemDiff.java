package dev.dynamodesk.item.edit;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between the item as loaded and as edited, attribute by attribute: the unit a save
 * writes and conditions on. Values compare by content (numbers by value, sets without order).
 */
public final class ItemDiff {
    private ItemDiff() {
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One changed attribute; {@code before} is null when added, {@code after} when removed. */
    public record Change(String name, Kind kind, DynamoValue before, DynamoValue after) {
    }

    public static List<Change> between(Item loaded, Item edited) {
        Set<String> names = new LinkedHashSet<>(loaded.attributes().keySet());
        names.addAll(edited.attributes().keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            DynamoValue before = loaded.get(name);
            DynamoValue after = edited.get(name);
            if (before == null) {
                changes.add(new Change(name, Kind.ADDED, null, after));
            } else if (after == null) {
                changes.add(new Change(name, Kind.REMOVED, before, null));
            } else if (!before.equals(after)) {
                changes.add(new Change(name, Kind.CHANGED, before, after));
            }
        }
        return changes;
    }
}
