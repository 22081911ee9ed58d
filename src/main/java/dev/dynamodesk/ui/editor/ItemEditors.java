package dev.dynamodesk.ui.editor;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;

/**
 * Opens item editors for a table's grid: an existing item, a new one (its keys waiting to be
 * filled in) or a copy of one. Saves and deletes are passed back to the grid so it shows them.
 */
public final class ItemEditors {
    private final TaskRunner tasks;
    private final BooleanProperty alwaysPreview;
    private final Consumer<ItemEditorTab> show;

    public ItemEditors(TaskRunner tasks, BooleanProperty alwaysPreview, Consumer<ItemEditorTab> show) {
        this.tasks = tasks;
        this.alwaysPreview = alwaysPreview;
        this.show = show;
    }

    public void open(ConnectionViewModel connection, ItemGridViewModel grid, Item item) {
        TableInfo info = grid.tableProperty().get();
        if (info == null || connection.services() == null) {
            return;
        }
        Item ordered = keysFirst(item, info);
        ItemEditorModel model = new ItemEditorModel(grid.tableName(), info, connection.services(), tasks, ordered, ordered)
                .withTimeToLiveAttribute(grid.timeToLiveAttributeProperty().get());
        Item[] baseline = {item};
        model.onSaved(saved -> {
            grid.itemChanged(baseline[0], saved);
            baseline[0] = saved;
        });
        show.accept(new ItemEditorTab(connection, model, alwaysPreview));
    }

    /** An item read whole from {@code table} (by the console), not shown in a grid. */
    public void open(ConnectionViewModel connection, String table, TableInfo info, Item item, Consumer<Item> saved) {
        if (connection.services() == null) {
            return;
        }
        Item ordered = keysFirst(item, info);
        ItemEditorModel model = new ItemEditorModel(table, info, connection.services(), tasks, ordered, ordered);
        model.onSaved(saved);
        show.accept(new ItemEditorTab(connection, model, alwaysPreview));
    }

    /** A new item: a copy of {@code startFrom}, or just its key attributes, empty, to fill in. */
    public void create(ConnectionViewModel connection, ItemGridViewModel grid, Item startFrom) {
        TableInfo info = grid.tableProperty().get();
        if (info == null || connection.services() == null) {
            return;
        }
        Item start = startFrom != null ? keysFirst(startFrom, info) : emptyKeys(info);
        ItemEditorModel model = new ItemEditorModel(grid.tableName(), info, connection.services(), tasks, null, start)
                .withTimeToLiveAttribute(grid.timeToLiveAttributeProperty().get());
        model.onSaved(saved -> grid.refresh());
        show.accept(new ItemEditorTab(connection, model, alwaysPreview));
    }

    /** The same item with its key attributes first, so every view shows first which item it is. */
    static Item keysFirst(Item item, TableInfo info) {
        Map<String, DynamoValue> ordered = new LinkedHashMap<>();
        for (String key : info.keyNames()) {
            if (item.has(key)) {
                ordered.put(key, item.get(key));
            }
        }
        ordered.putAll(item.attributes());
        return new Item(ordered);
    }

    private static Item emptyKeys(TableInfo info) {
        Item.Builder item = Item.builder();
        add(item, info.partitionKey());
        if (info.sortKey() != null) {
            add(item, info.sortKey());
        }
        return item.build();
    }

    private static void add(Item.Builder item, KeyAttribute key) {
        item.put(key.name(), DefaultValues.of(key.type()));
    }
}
