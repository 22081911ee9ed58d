package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.transfer.DelimitedText;
import dev.dynamodesk.transfer.snippet.SnippetRequest;
import dev.dynamodesk.ui.common.CodeSnippetMenu;
import dev.dynamodesk.ui.common.ContextCommand;
import dev.dynamodesk.ui.common.ContextMenus;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.ItemCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/** What can be done with selected rows: open, copy in four formats, delete. */
final class GridActions {
    private final ItemGridViewModel model;
    private final ItemTable table;
    private final ItemGridView.ItemOpener opener;

    GridActions(ItemGridViewModel model, ItemTable table, ItemGridView.ItemOpener opener) {
        this.model = model;
        this.table = table;
        this.opener = opener;
        table.view().setContextMenu(contextMenu());
        table.view().addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(event)) {
                copy(ItemCopy.Format.TSV);
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && !model.readOnly()) {
                confirmDelete();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
    }

    void openSelected() {
        List<Item> selected = table.selectedItems();
        if (!selected.isEmpty()) {
            opener.open(selected.get(0));
        }
    }

    /** Copies the selected rows; text formats use the columns shown, in their order. */
    void copy(ItemCopy.Format format) {
        List<Item> rows = table.selectedItems();
        if (rows.isEmpty()) {
            return;
        }
        ItemCopy.toClipboard(ItemCopy.format(rows, table.shownColumns(), format));
    }

    /** Asks first; more than one item needs the word DELETE typed. */
    void confirmDelete() {
        List<Item> rows = table.selectedItems();
        if (rows.isEmpty() || model.readOnly()) {
            return;
        }
        String what = rows.size() == 1 ? "this item" : LoadFigures.count(rows.size()) + " items";
        boolean confirmed;
        if (rows.size() == 1) {
            confirmed = DialogService.current().confirm(window(), DialogService.Question.of("confirmDeleteItem", "Delete item",
                    "Delete " + what + " from " + model.tableName() + "? This cannot be undone."));
        } else {
            confirmed = DialogService.current().confirmTyped(window(), DialogService.Question.of("confirmDelete",
                    "Delete " + what + " from " + model.tableName() + "?", "This cannot be undone."), "DELETE");
        }
        if (confirmed) {
            model.delete(rows);
        }
    }

    private ContextMenu contextMenu() {
        return ContextMenus.of(contextCommands());
    }

    /** The grid's right-click commands, each with when it is enabled for the selected rows. */
    List<ContextCommand> contextCommands() {
        BooleanSupplier selection = () -> !table.selectedItems().isEmpty();
        BooleanSupplier writableSelection = () -> selection.getAsBoolean() && !model.readOnly();
        List<ContextCommand> copyAs = new ArrayList<>();
        for (ItemCopy.Format format : ItemCopy.Format.values()) {
            copyAs.add(ContextCommand.of("copyAs" + format.name(), switch (format) {
                case DYNAMODB_JSON -> "DynamoDB JSON (one per line)";
                case PLAIN_JSON -> "Plain JSON";
                case CSV -> "CSV";
                case TSV -> "TSV (Ctrl+C)";
            }, () -> copy(format)));
        }
        Menu itemCode = CodeSnippetMenu.menu("Copy item as code", "copyItemCode",
                () -> table.selectedItems().stream().findFirst().map(item -> new SnippetRequest.PutItem(model.tableName(), item)),
                model::profile);
        Menu keyCode = CodeSnippetMenu.menu("Copy key as code", "copyKeyCode",
                () -> table.selectedItems().stream().findFirst().flatMap(this::keyOf)
                        .map(key -> new SnippetRequest.GetItem(model.tableName(), key)),
                model::profile);
        return List.of(
                ContextCommand.of("openItem", "Open item", this::openSelected).enabledWhen(selection),
                ContextCommand.of("duplicateItem", "Duplicate item…",
                        () -> table.selectedItems().stream().findFirst().ifPresent(opener::create)).enabledWhen(writableSelection),
                ContextCommand.of("copyCellValue", "Copy cell value", this::copyFocusedCell)
                        .enabledWhen(() -> table.view().getProperties().get(ValueCell.CONTEXT_CELL) instanceof ValueCell cell
                                && cell.getItem() != null),
                ContextCommand.submenu("copyRowsAs", "Copy rows as", copyAs).enabledWhen(selection),
                ContextCommand.prebuilt(itemCode).enabledWhen(selection),
                ContextCommand.prebuilt(keyCode).enabledWhen(() -> selection.getAsBoolean() && model.tableProperty().get() != null),
                ContextMenus.SEPARATOR,
                ContextCommand.of("copyRowsTo", "Copy rows to another table…",
                        () -> opener.copyElsewhere(table.selectedItems())).enabledWhen(selection),
                ContextCommand.of("copyMatchingTo", "Copy everything the query matches to…",
                        () -> opener.copyElsewhere(null)).enabledWhen(() -> model.planProperty().get() != null),
                ContextCommand.of("changeInBulk", "Change or delete in bulk…",
                        () -> opener.changeInBulk(table.selectedItems())).enabledWhen(writableSelection),
                ContextCommand.of("deleteItems", "Delete…", this::confirmDelete).enabledWhen(writableSelection));
    }

    /** The key of an item as the table defines it; empty when the table is not known yet or the item lacks it. */
    private Optional<Item> keyOf(Item item) {
        TableInfo info = model.tableProperty().get();
        if (info == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(info.keyOf(item));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void copyFocusedCell() {
        if (!(table.view().getProperties().get(ValueCell.CONTEXT_CELL) instanceof ValueCell cell)
                || cell.getItem() == null || cell.isEmpty()) {
            return;
        }
        ItemCopy.toClipboard(DelimitedText.cell(cell.getItem()));
    }

    private Window window() {
        return table.view().getScene() == null ? null : table.view().getScene().getWindow();
    }
}
