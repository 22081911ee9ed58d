package dev.dynamodesk.dynamo.compare;

import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import java.util.List;

/**
 * Where a comparison's differences go as they are found (on one thread at a time). An item is null
 * when it is no longer there to read again (changed since the comparison read it).
 */
public interface Differences {
    void onlyLeft(Item key, Item item);

    void onlyRight(Item key, Item item);

    /** The attributes added (only right), removed (only left) and changed, as {@link ItemDiff} says. */
    void different(Item key, Item left, Item right, List<ItemDiff.Change> changes);
}
