package dev.dynamodesk.ui.editor;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.items.SaveOutcome;
import dev.dynamodesk.dynamo.items.SavePlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDocument;
import dev.dynamodesk.item.edit.ItemValidation;
import dev.dynamodesk.item.edit.KeySlot;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One item being edited: the item as loaded (the baseline saves are conditioned on), the edited
 * version with undo and redo, what is wrong with it, and saving, reloading and deleting in the
 * background. A refused save leaves the edits in place and offers the server's current item.
 */
public final class ItemEditorModel {
    private final String tableName;
    private String timeToLiveAttribute;
    private final TableInfo info;
    private final DynamoServices services;
    private final TaskRunner tasks;
    private final boolean readOnly;
    private final ItemDocument document;
    private final List<KeySlot> keys;
    private final ReadOnlyObjectWrapper<Item> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Item> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<SaveOutcome.Conflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final ObservableList<ItemValidation.Problem> problems = FXCollections.observableArrayList();
    private final List<Consumer<Item>> savedListeners = new ArrayList<>();

    /** {@code loadedItem} null: a new item, starting from {@code start}. */
    public ItemEditorModel(String tableName, TableInfo info, DynamoServices services, TaskRunner tasks,
                           Item loadedItem, Item start) {
        this.tableName = tableName;
        this.info = info;
        this.services = services;
        this.tasks = tasks;
        this.readOnly = services.guard().readOnly();
        this.document = new ItemDocument(start);
        this.keys = keySlots(info);
        loaded.set(loadedItem);
        document.onChange(this::refresh);
        refresh();
    }

    private static List<KeySlot> keySlots(TableInfo info) {
        List<KeySlot> slots = new ArrayList<>();
        slots.add(new KeySlot(info.partitionKey().name(), info.partitionKey().type(), true));
        KeyAttribute sort = info.sortKey();
        if (sort != null) {
            slots.add(new KeySlot(sort.name(), sort.type(), false));
        }
        return slots;
    }

    /** The table's TTL attribute (its value says when DynamoDB deletes the item), or null. */
    public String timeToLiveAttribute() {
        return timeToLiveAttribute;
    }

    public ItemEditorModel withTimeToLiveAttribute(String attribute) {
        this.timeToLiveAttribute = attribute;
        return this;
    }

    public String tableName() {
        return tableName;
    }

    public TableInfo info() {
        return info;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public boolean isNew() {
        return loaded.get() == null;
    }

    public List<KeySlot> keys() {
        return keys;
    }

    public ReadOnlyObjectProperty<Item> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Item current() {
        return current.get();
    }

    /** The item as the server held it when loaded or last saved (null for a new item). */
    public ReadOnlyObjectProperty<Item> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Undo Rename tags to labels"; empty when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Set when a save was refused because the item changed on the server. */
    public ReadOnlyObjectProperty<SaveOutcome.Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** What DynamoDB would refuse in the edited item, by path. */
    public ObservableList<ItemValidation.Problem> problems() {
        return problems;
    }

    /** Tells {@code listener} the item the table holds after each successful save. */
    public void onSaved(Consumer<Item> listener) {
        savedListeners.add(listener);
    }

    /**
     * Applies an edit. Returns null, or the reason it could not be made (the item is unchanged).
     */
    public String edit(String description, UnaryOperator<Item> change) {
        if (readOnly) {
            return "This connection is read-only.";
        }
        try {
            document.apply(description, change);
            return null;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return refused.getMessage();
        }
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    /** Whether the edited key differs from the loaded one: saving makes a new item. */
    public boolean keyChanged() {
        Item base = loaded.get();
        if (base == null) {
            return false;
        }
        try {
            return !info.keyOf(base).equals(info.keyOf(current.get()));
        } catch (IllegalArgumentException missingKey) {
            return true;
        }
    }

    /** What saving would send now, or null while the item has problems. */
    public SavePlan plan() {
        if (!problems.isEmpty()) {
            return null;
        }
        return services.saver().plan(tableName, info, loaded.get(), current.get());
    }

    /** Sends {@code plan} in the background; a refusal becomes a {@link #conflictProperty() conflict}. */
    public void save(SavePlan plan) {
        if (plan == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Saving…");
        tasks.task("Saving an item in " + tableName, context -> services.saver().execute(plan, info))
                .onSuccess(outcome -> {
                    busy.set(false);
                    if (outcome instanceof SaveOutcome.Saved saved) {
                        conflict.set(null);
                        loaded.set(saved.item());
                        document.reset(saved.item());
                        status.set(plan.kind() == SavePlan.Kind.NOTHING ? "Nothing to save." : "Saved.");
                        savedListeners.forEach(listener -> listener.accept(saved.item()));
                    } else if (outcome instanceof SaveOutcome.Conflict refused) {
                        status.set("Not saved: " + refused.reason() + " Your edits are kept.");
                        conflict.set(refused);
                    }
                })
                .onFailure(failure -> {
                    busy.set(false);
                    status.set("Not saved: " + ErrorMessages.summary(failure) + " Your edits are kept.");
                })
                .start();
    }

    /** Saves the edits: the conditional update, create or move that {@link #plan()} describes. */
    public void save() {
        save(plan());
    }

    /** Writes the edited item over the server's current one, whatever it holds (explicit choice). */
    public void overwrite() {
        SaveOutcome.Conflict refused = conflict.get();
        if (refused != null && refused.keyTaken() && loaded.get() != null) {
            // The new key is taken: move there anyway, replacing the item the dialog showed.
            save(services.saver().overwriteMove(tableName, info, loaded.get(), current.get()));
            return;
        }
        Item base = refused != null && refused.current() != null ? refused.current() : loaded.get();
        save(services.saver().overwrite(tableName, base, current.get()));
    }

    /** Takes the server's item as the new baseline and keeps {@code merged} as the edits on top of it. */
    public void rebase(Item serverItem, Item merged) {
        loaded.set(serverItem);
        conflict.set(null);
        document.apply("Merge with the server's version", item -> merged);
        refresh();
        status.set(serverItem == null ? "The item was deleted on the server; saving creates it again."
                : "Merged with the server's version; save to write your choices.");
    }

    /** Drops the edits and reads the item again from the server. */
    public void reload() {
        Item base = loaded.get();
        if (base == null) {
            return;
        }
        busy.set(true);
        tasks.task("Reading an item of " + tableName, context -> services.saver().fetch(tableName, info.keyOf(base)))
                .onSuccess(fresh -> {
                    busy.set(false);
                    conflict.set(null);
                    if (fresh == null) {
                        status.set("The item no longer exists on the server; your version is kept as a new item.");
                        loaded.set(null);
                        refresh();
                    } else {
                        loaded.set(fresh);
                        document.reset(fresh);
                        status.set("Reloaded from the server.");
                    }
                })
                .onFailure(failure -> {
                    busy.set(false);
                    status.set("Could not reload: " + ErrorMessages.summary(failure));
                })
                .start();
    }

    /** Deletes the item on the server, only if it still exists; {@code done} is told whether it did. */
    public void delete(Consumer<Boolean> done) {
        Item base = loaded.get();
        if (base == null || readOnly) {
            return;
        }
        busy.set(true);
        tasks.task("Deleting an item of " + tableName, context -> services.saver().delete(tableName, info, base))
                .onSuccess(deleted -> {
                    busy.set(false);
                    status.set(deleted ? "Deleted." : "The item was already gone.");
                    done.accept(deleted);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    status.set("Could not delete: " + ErrorMessages.summary(failure));
                })
                .start();
    }

    private void refresh() {
        Item item = document.current();
        current.set(item);
        problems.setAll(ItemValidation.check(item, keys));
        dirty.set(loaded.get() == null || !item.equals(loaded.get()));
        undoText.set(document.canUndo() ? "Undo " + document.undoDescription() : "");
        redoText.set(document.canRedo() ? "Redo " + document.redoDescription() : "");
    }
}
