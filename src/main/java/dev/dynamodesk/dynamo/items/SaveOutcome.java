package dev.dynamodesk.dynamo.items;

import dev.dynamodesk.item.Item;

/** How a save ended: written, or refused because the item changed (or vanished) since it was loaded. */
public sealed interface SaveOutcome {
    /** Written; {@code item} is what the table now holds, the new baseline for further edits. */
    record Saved(Item item) implements SaveOutcome {
    }

    /**
     * Refused: someone changed the item since it was loaded, or the new key of a moved item is
     * taken ({@code keyTaken}). {@code current} is what the server holds now under the loaded key
     * (null: it was deleted) or, when the key is taken, the item that occupies the new key.
     */
    record Conflict(Item current, String reason, boolean keyTaken) implements SaveOutcome {
        public Conflict(Item current, String reason) {
            this(current, reason, false);
        }
    }
}
