package dev.dynamodesk.ui.editor;

import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.KeySlot;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A tab holding one item's editor; closing it with unsaved edits asks first. */
public final class ItemEditorTab extends Tab {
    private final ConnectionViewModel connection;
    private final ItemEditorModel model;

    public ItemEditorTab(ConnectionViewModel connection, ItemEditorModel model, BooleanProperty alwaysPreview) {
        this.connection = connection;
        this.model = model;
        ItemEditorView view = new ItemEditorView(model, alwaysPreview, connection::profile);
        view.setOtherItems(() -> getTabPane() == null ? List.of() : getTabPane().getTabs().stream()
                .filter(tab -> tab instanceof ItemEditorTab && tab != this)
                .map(tab -> java.util.Map.entry(tab.getText(), ((ItemEditorTab) tab).model.current()))
                .toList());
        setContent(view);
        setGraphic(FontIcon.of(Feather.FILE_TEXT));
        setId("editor-" + model.tableName());
        List<String> keyNames = model.keys().stream().map(KeySlot::name).toList();
        // A saved item is named by its key as the server holds it; a new one by what it holds so far.
        ObjectBinding<Item> named = Bindings.createObjectBinding(
                () -> model.isNew() ? model.current() : model.loadedProperty().get(), model.loadedProperty(), model.currentProperty());
        textProperty().bind(Bindings.createStringBinding(() -> EditorTitle.text(keyNames, named.get(), model.isNew(),
                model.dirtyProperty().get()), named, model.dirtyProperty()));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> EditorTitle.tooltip(connection.profile().name(),
                model.tableName(), keyNames, named.get(), model.isNew()), named));
        setTooltip(tooltip);
        setOnCloseRequest(event -> {
            if (model.dirtyProperty().get() && !model.readOnly()) {
                boolean discard = DialogService.current().confirm(getTabPane() == null ? null : getTabPane().getScene().getWindow(),
                        DialogService.Question.of("discardEdits", "Discard unsaved edits?",
                                "This item has edits that are not saved. Close and discard them?").yes("Discard"));
                if (!discard) {
                    event.consume();
                }
            }
        });
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public ItemEditorModel model() {
        return model;
    }
}
