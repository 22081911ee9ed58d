package dev.dynamodesk.item.edit;

import dev.dynamodesk.item.Item;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The item being edited, with undo and redo. Each edit is a function from one immutable version to
 * the next and has a description ("Change type of address.zip to N") for the Undo menu.
 */
public final class ItemDocument {
    private record Step(String description, Item before, Item after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private Item current;

    public ItemDocument(Item item) {
        this.current = item;
    }

    public Item current() {
        return current;
    }

    /** Tells {@code listener} after every change, undo and redo. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Applies an edit; an edit that throws changes nothing and its message says why. An edit that
     * leaves the item as it was is not recorded.
     */
    public void apply(String description, UnaryOperator<Item> edit) {
        Item next = edit.apply(current);
        if (next.equals(current) && sameOrder(next, current)) {
            return;
        }
        undo.push(new Step(description, current, next));
        redo.clear();
        current = next;
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** "Undo Rename tags to labels", or null when there is nothing to undo. */
    public String undoDescription() {
        return undo.isEmpty() ? null : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? null : redo.peek().description();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Step step = undo.pop();
            redo.push(step);
            current = step.before();
            changed();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Step step = redo.pop();
            undo.push(step);
            current = step.after();
            changed();
        }
    }

    /** Starts again from {@code item} (after a reload or a save) with no history. */
    public void reset(Item item) {
        undo.clear();
        redo.clear();
        current = item;
        changed();
    }

    private static boolean sameOrder(Item a, Item b) {
        return List.copyOf(a.attributes().keySet()).equals(List.copyOf(b.attributes().keySet()));
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
