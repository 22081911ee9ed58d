package dev.dynamodesk.dynamo.items;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import java.util.List;

/**
 * How a save will be sent, before it is: what changed, the request (an UpdateItem of the changed
 * attributes, a put of a new item, or a transaction that moves an item to a new key), and the
 * item the table will hold afterwards.
 */
public record SavePlan(Kind kind, String table, Item loaded, Item edited, List<ItemDiff.Change> changes,
                       PlannedRequest request) {
    public enum Kind {
        /** Nothing changed: nothing to send. */
        NOTHING,
        /** A new item: put only if no item has its key yet. */
        CREATE,
        /** Changed attributes set and removed, each conditioned on still holding its loaded value. */
        UPDATE,
        /** The key changed: put the new item if its key is free and delete the old, in one transaction. */
        MOVE,
        /** The user's version written over whatever the table holds, unconditionally, by explicit choice. */
        OVERWRITE
    }

    public SavePlan {
        changes = List.copyOf(changes);
    }

    /** One line for the editor ("Will update 2 attributes: name, tags"). */
    public String summary() {
        String names = String.join(", ", changes.stream().map(ItemDiff.Change::name).toList());
        return switch (kind) {
            case NOTHING -> "Nothing has changed.";
            case CREATE -> "Will create a new item (only if its key is not taken).";
            case UPDATE -> "Will update " + changes.size() + (changes.size() == 1 ? " attribute: " : " attributes: ") + names
                    + " — only if each still holds the value you loaded.";
            case MOVE -> "The key changed: will create the item under its new key (if free) and delete the old one,"
                    + " in one transaction.";
            case OVERWRITE -> "Will overwrite the item on the server with your version, whatever it holds now.";
        };
    }
}
