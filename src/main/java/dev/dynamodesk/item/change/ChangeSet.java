package dev.dynamodesk.item.change;

import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import dev.dynamodesk.item.edit.ItemSize;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one bulk run does to each item: the changes in order, or deleting the item. Evaluating an
 * item says whether it would change, how, or why it cannot; nothing here talks to DynamoDB.
 */
public final class ChangeSet {
    private final List<Change> changes;
    private final boolean deletesItems;

    private ChangeSet(List<Change> changes, boolean deletesItems) {
        this.changes = List.copyOf(changes);
        this.deletesItems = deletesItems;
    }

    public static ChangeSet of(List<Change> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("Say what to change: at least one SET, REMOVE, ADD, DELETE or CONVERT");
        }
        return new ChangeSet(changes, false);
    }

    public static ChangeSet deletingItems() {
        return new ChangeSet(List.of(), true);
    }

    public boolean deletesItems() {
        return deletesItems;
    }

    public List<Change> changes() {
        return changes;
    }

    /** One line per change, or "DELETE ITEM". */
    public List<String> describe() {
        return deletesItems ? List.of("DELETE ITEM") : changes.stream().map(Change::describe).toList();
    }

    /** What this run would do to {@code item}, whose key attributes are {@code keyNames}. */
    public Evaluation evaluate(Item item, List<String> keyNames) {
        if (deletesItems) {
            return new Evaluation.Delete(item);
        }
        Item after = item;
        Set<String> reads = new LinkedHashSet<>();
        try {
            for (Change change : changes) {
                after = change.apply(after);
                reads.addAll(change.reads());
            }
        } catch (ChangeRefused refused) {
            return new Evaluation.Refused(item, refused.reason(), refused.getMessage());
        }
        List<ItemDiff.Change> diff = ItemDiff.between(item, after);
        if (diff.isEmpty()) {
            return new Evaluation.Unchanged(item);
        }
        for (ItemDiff.Change changed : diff) {
            if (keyNames.contains(changed.name())) {
                return new Evaluation.Refused(item, ChangeRefused.Reason.KEY, changed.name()
                        + " is a key attribute: a key cannot be changed in place (copy the item to a new key instead)");
            }
        }
        long size = ItemSize.of(after);
        if (size > ItemSize.LIMIT) {
            return new Evaluation.Refused(item, ChangeRefused.Reason.SIZE, String.format(
                    "the item would be %,d bytes, over DynamoDB's limit of %,d", size, ItemSize.LIMIT));
        }
        List<String> conditioned = new ArrayList<>();
        diff.forEach(changed -> conditioned.add(changed.name()));
        reads.stream().filter(name -> !conditioned.contains(name)).forEach(conditioned::add);
        return new Evaluation.Update(item, after, diff, conditioned);
    }
}
