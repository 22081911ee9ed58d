package dev.dynamodesk.dynamo.compare;

import dev.dynamodesk.dynamo.bulk.PlannedWrite;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import java.util.List;

/**
 * The write that makes the right side hold what the left holds for one difference, conditioned
 * on the right side's item still being as compared: a different item updated (its differing
 * attributes), an item only on the left put (if its key is still free), an item only on the right
 * deleted. Null when the item needed has gone since the comparison.
 */
public final class LeftToRight {
    private LeftToRight() {
    }

    public static PlannedWrite different(long sequence, Item key, Item left, Item right, List<ItemDiff.Change> changes) {
        return left == null || right == null ? null
                : new PlannedWrite(sequence, key, right, left, changes.stream().map(ItemDiff.Change::name).toList());
    }

    public static PlannedWrite onlyLeft(long sequence, Item key, Item left) {
        return left == null ? null : new PlannedWrite(sequence, key, null, left, List.of());
    }

    public static PlannedWrite onlyRight(long sequence, Item key, Item right) {
        return right == null ? null : new PlannedWrite(sequence, key, right, null, List.of());
    }
}
