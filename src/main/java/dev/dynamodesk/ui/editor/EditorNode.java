package dev.dynamodesk.ui.editor;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.edit.ValuePath;

/**
 * A row of the item tree: an attribute, a map entry, a list element, or a set member. Set members
 * have no path of their own (a set is edited as one value), so {@code path} is the set's.
 */
record EditorNode(ValuePath path, String label, DynamoValue value, boolean setMember, boolean key) {
    boolean isListElement() {
        return !setMember && path.last() instanceof ValuePath.Index;
    }

    boolean isNamed() {
        return !setMember && path.last() instanceof ValuePath.Key;
    }
}
