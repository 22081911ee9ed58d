package dev.dynamodesk.dynamo.compare;

import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads again, by key and a hundred at a time, the items a comparison found different or on one
 * side only, and hands them to {@link Differences}: how they differ is worked out from the items
 * themselves. An item gone since the scan is handed over as null (never as a made-up item).
 */
final class Resolver {
    private static final int BATCH = 100;

    private final TableComparer.Side left;
    private final TableComparer.Side right;
    private final Differences differences;
    private final List<Item> onlyLeft = new ArrayList<>();
    private final List<Item> onlyRight = new ArrayList<>();
    /** Pairs of keys: the right side's, then the left side's (the same key, each as its side spells it). */
    private final List<Item[]> different = new ArrayList<>();

    Resolver(TableComparer.Side left, TableComparer.Side right, Differences differences) {
        this.left = left;
        this.right = right;
        this.differences = differences;
    }

    void onlyLeft(Item key) {
        onlyLeft.add(key);
        if (onlyLeft.size() == BATCH) {
            flushOnlyLeft();
        }
    }

    void onlyRight(Item key) {
        onlyRight.add(key);
        if (onlyRight.size() == BATCH) {
            flushOnlyRight();
        }
    }

    void different(Item rightKey, Item leftKey) {
        different.add(new Item[] {rightKey, leftKey});
        if (different.size() == BATCH) {
            flushDifferent();
        }
    }

    void flush() {
        flushOnlyLeft();
        flushOnlyRight();
        flushDifferent();
    }

    private void flushOnlyLeft() {
        Map<Item, Item> found = read(left, onlyLeft);
        onlyLeft.forEach(key -> differences.onlyLeft(key, found.get(key)));
        onlyLeft.clear();
    }

    private void flushOnlyRight() {
        Map<Item, Item> found = read(right, onlyRight);
        onlyRight.forEach(key -> differences.onlyRight(key, found.get(key)));
        onlyRight.clear();
    }

    private void flushDifferent() {
        Map<Item, Item> lefts = read(left, different.stream().map(pair -> pair[1]).toList());
        Map<Item, Item> rights = read(right, different.stream().map(pair -> pair[0]).toList());
        for (Item[] pair : different) {
            Item leftItem = lefts.get(pair[1]);
            Item rightItem = rights.get(pair[0]);
            List<ItemDiff.Change> changes = ItemDiff.between(leftItem == null ? Item.EMPTY : leftItem,
                    rightItem == null ? Item.EMPTY : rightItem);
            differences.different(pair[0], leftItem, rightItem, changes);
        }
        different.clear();
    }

    private static Map<Item, Item> read(TableComparer.Side side, List<Item> keys) {
        return keys.isEmpty() ? Map.of() : side.items().byKey(side.info().name(), side.info(), keys);
    }
}
