package dev.dynamodesk.ui.shell;

import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.editor.ItemEditors;
import dev.dynamodesk.ui.browser.ItemGridView;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.util.List;
import javafx.collections.ObservableList;

/** What a table's grid opens, in the window: item editors, bulk changes, copy elsewhere, a stream's tail. */
record GridItemOpener(ConnectionViewModel connection, ItemGridViewModel model, ItemEditors editors, DataCommands bulk,
                      ObservableList<ConnectionViewModel> connections) implements ItemGridView.ItemOpener {
    @Override
    public void open(Item item) {
        editors.open(connection, model, item);
    }

    @Override
    public void create(Item startFrom) {
        editors.create(connection, model, startFrom);
    }

    @Override
    public void changeInBulk(List<Item> rows) {
        bulk.change(connection, model, rows);
    }

    @Override
    public void copyElsewhere(List<Item> rows) {
        bulk.copyFromGrid(connection, model, rows, connections);
    }

    @Override
    public void tailStream(String streamArn) {
        bulk.tailStream(connection, model.tableName(), streamArn);
    }
}
