package dev.dynamodesk.item.change;

import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import java.util.List;

/** What a bulk run would do to one item, as read. */
public sealed interface Evaluation {
    Item before();

    /** Already as the run would leave it: nothing is written. */
    record Unchanged(Item before) implements Evaluation {
    }

    /**
     * The attributes in {@code diff} are written; the write holds only while every attribute in
     * {@code conditioned} (those written and those read to decide) still has its value as read.
     */
    record Update(Item before, Item after, List<ItemDiff.Change> diff, List<String> conditioned) implements Evaluation {
        public Update {
            diff = List.copyOf(diff);
            conditioned = List.copyOf(conditioned);
        }
    }

    /** The item is deleted, only if it still is as read. */
    record Delete(Item before) implements Evaluation {
    }

    /** The change cannot be made to this item; nothing is written to it. */
    record Refused(Item before, ChangeRefused.Reason reason, String detail) implements Evaluation {
    }
}
