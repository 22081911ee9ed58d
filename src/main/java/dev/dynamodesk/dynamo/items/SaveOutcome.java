package dev.dynamodesk.dynamo.items;

import dev.dynamodesk.item.Item;

/** How a save ended: written, or refused because the item changed (or vanished) since it was loaded. */
public sealed interface SaveOutcome {
    /** Written; {@code item} is what the table now holds, the new baseline for further edits. */
    record Saved(Item item) implements SaveOutcome {
    }

    /**
     * Refused: someone changed the item (or took the new key) since it was loaded. {@code current}
     * is the item the server holds now under the loaded key (null: it was deleted).
     */
    record Conflict(Item current, String reason) implements SaveOutcome {
    }
}
