package dev.dynamodesk.ui.console;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueOrder;
import dev.dynamodesk.ui.browser.ColumnPlanner;
import dev.dynamodesk.ui.browser.ValueCell;
import dev.dynamodesk.ui.common.ContextCommand;
import dev.dynamodesk.ui.common.ContextMenus;
import dev.dynamodesk.ui.common.ItemCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A result's items in a grid drawn like the table browser's: columns from the attributes seen
 * (keys first), typed cells, sorting, copying in four formats and opening an item in the editor.
 */
final class ResultGrid {
    private static final int WIDEST_COLUMN_CHARS = 40;
    private static final double CELL_PADDING = 24;

    private final TableView<Item> view = new TableView<>();
    private final ColumnPlanner planner = new ColumnPlanner();
    private final ListChangeListener<Item> grow = change -> {
        List<Item> added = new ArrayList<>();
        while (change.next()) {
            added.addAll(change.getAddedSubList());
        }
        if (!added.isEmpty()) {
            addColumns(added);
        }
    };
    private final Consumer<Item> open;
    private Consumer<List<Item>> changeInBulk;
    private java.util.function.BooleanSupplier bulkOffered;
    private ObservableList<Item> items;
    private List<String> keys = List.of();

    ResultGrid(Consumer<Item> open) {
        this.open = open;
        this.changeInBulk = rows -> { };
        this.bulkOffered = () -> false;
        view.setId("resultGrid");
        view.getStyleClass().addAll("item-grid", "dense", "bordered");
        view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        view.setPlaceholder(new Label("No items."));
        view.setRowFactory(table -> {
            TableRow<Item> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        view.setContextMenu(menu());
        view.setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(event)) {
                copy(ItemCopy.Format.TSV);
            } else if (event.getCode() == KeyCode.ENTER && view.getSelectionModel().getSelectedItem() != null) {
                open.accept(view.getSelectionModel().getSelectedItem());
            }
        });
    }

    TableView<Item> view() {
        return view;
    }

    /** Shows {@code shown} (a live list: pages added later appear), key columns first. */
    void show(ObservableList<Item> shown, List<String> keyNames) {
        if (items != null) {
            items.removeListener(grow);
        }
        items = shown;
        keys = keyNames;
        planner.reset();
        view.getColumns().clear();
        view.setItems(shown);
        addColumns(shown);
        shown.addListener(grow);
    }

    List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (TableColumn<Item, ?> column : view.getColumns()) {
            names.add((String) column.getUserData());
        }
        return names;
    }

    private void addColumns(List<? extends Item> all) {
        List<Item> page = List.copyOf(all);
        // A statement may not select the keys: an empty key column would suggest items without keys.
        List<String> keysSeen = keys.stream()
                .filter(key -> page.stream().anyMatch(item -> item.attributes().containsKey(key)))
                .toList();
        for (String name : planner.newColumns(keysSeen, columnNames(), page)) {
            TableColumn<Item, DynamoValue> column = new TableColumn<>(name);
            column.setId("result-column-" + name);
            column.setUserData(name);
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(name)));
            column.setComparator(ValueOrder.INSTANCE);
            column.setCellFactory(col -> new ValueCell());
            int chars = ColumnPlanner.widthInChars(name, page.subList(0, Math.min(page.size(), 300)), WIDEST_COLUMN_CHARS);
            column.setPrefWidth(CELL_PADDING + chars * ColumnPlanner.characterWidth());
            if (keys.contains(name)) {
                column.setGraphic(FontIcon.of(Feather.KEY));
                column.getStyleClass().add("key-column");
            }
            view.getColumns().add(column);
        }
    }

    /** Where "Change or delete in bulk…" sends the selected rows (all rows when none is selected), and when it is offered. */
    void onChangeInBulk(Consumer<List<Item>> action, java.util.function.BooleanSupplier offered) {
        this.changeInBulk = action;
        this.bulkOffered = offered;
    }

    private ContextMenu menu() {
        List<ContextCommand> copyAs = new ArrayList<>();
        for (ItemCopy.Format format : ItemCopy.Format.values()) {
            copyAs.add(ContextCommand.of("copyResult" + format.name(), switch (format) {
                case DYNAMODB_JSON -> "DynamoDB JSON (one per line)";
                case PLAIN_JSON -> "Plain JSON";
                case CSV -> "CSV";
                case TSV -> "TSV (Ctrl+C)";
            }, () -> copy(format)));
        }
        return ContextMenus.of(List.of(
                ContextCommand.of("openResultItem", "Open in editor", () -> {
                    Item item = view.getSelectionModel().getSelectedItem();
                    if (item != null) {
                        open.accept(item);
                    }
                }),
                ContextCommand.submenu("copyResultsAs", "Copy rows as", copyAs),
                ContextCommand.of("changeResultsInBulk", "Change or delete in bulk…", () -> {
                    List<Item> rows = List.copyOf(view.getSelectionModel().getSelectedItems());
                    changeInBulk.accept(rows.isEmpty() ? List.copyOf(view.getItems()) : rows);
                }).enabledWhen(() -> bulkOffered.getAsBoolean() && !view.getItems().isEmpty())));
    }

    private void copy(ItemCopy.Format format) {
        List<Item> rows = List.copyOf(view.getSelectionModel().getSelectedItems());
        if (!rows.isEmpty()) {
            ItemCopy.toClipboard(ItemCopy.format(rows, columnNames(), format));
        }
    }

    /** For tests and the JSON views: what is shown, in order. */
    Supplier<List<Item>> rows() {
        return () -> List.copyOf(view.getItems());
    }
}
