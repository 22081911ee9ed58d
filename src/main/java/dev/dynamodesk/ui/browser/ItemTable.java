package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueOrder;
import dev.dynamodesk.item.ValueSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The grid itself. Normally it shows the view model's rows as they load (live), fetching more as
 * the user nears the end. Sorting by a column or filtering switches it to the rows loaded so far,
 * sorted and filtered here; clearing both returns to live scrolling.
 */
final class ItemTable {
    /** Rows from the end at which the next chunk is fetched while scrolling. */
    private static final int PREFETCH_ROWS = 40;
    private static final int WIDEST_COLUMN_CHARS = 48;
    private static final int WIDTH_SAMPLE = 500;
    private static final double CELL_PADDING = 24;
    private static final double KEY_ICON_WIDTH = 16;

    private static final PseudoClass PLACEHOLDER_ROW = PseudoClass.getPseudoClass("placeholder");

    /** "1764475200 (2026-11-30 04:00 · expires in 3 d)" */
    private static final int EXPIRY_CHARS = 58;
    private final ItemGridViewModel model;
    private final TableView<Item> view = new TableView<>();
    private final ObservableList<Item> snapshot = FXCollections.observableArrayList();
    private final FilteredList<Item> filtered = new FilteredList<>(snapshot);
    private final SortedList<Item> sorted = new SortedList<>(filtered);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ColumnLayoutKeeper layout;
    private final StickyKeyColumns sticky;
    private final Label placeholder = new Label();
    private final BooleanBinding noRows;
    private final BooleanBinding noSortedRows;
    private boolean snapshotMode;

    ItemTable(ItemGridViewModel model, TableLayouts layouts, String layoutKey, Consumer<Item> open) {
        this.model = model;
        view.setId("itemGrid");
        view.getStyleClass().addAll("item-grid", "dense", "bordered");
        view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        view.setTableMenuButtonVisible(true);
        // No fixed cell size: with one, a row drops the cells of columns scrolled out of view,
        // and the sticky key cells (StickyKeyColumns) must stay. (It measured no faster here.)
        view.setItems(model.rows());
        noRows = Bindings.isEmpty(model.rows());
        noSortedRows = Bindings.isEmpty(sorted);
        view.setPlaceholder(placeholder);
        // Only while the grid is empty: a placeholder's text changing behind rows (each time a load
        // starts or ends) made the whole grid lay out and paint again.
        // Change listeners, not invalidation ones: the text is only read while the grid is empty,
        // and a value nobody reads would stay invalid and stop reporting.
        for (ObservableValue<?> cause : List.of(model.loadingProperty(), filterText, view.itemsProperty(), noRows, noSortedRows)) {
            cause.addListener((observable, was, now) -> showPlaceholderText());
        }
        showPlaceholderText();
        layout = new ColumnLayoutKeeper(view, layouts, layoutKey);
        sticky = new StickyKeyColumns(view);

        view.setSortPolicy(table -> {
            updateMode();
            return true;
        });
        filterText.addListener((observable, old, text) -> {
            filtered.setPredicate(matcher(text));
            updateMode();
        });
        model.rows().addListener((ListChangeListener<Item>) this::followRows);
        model.timeToLiveAttributeProperty().addListener((observable, was, now) -> {
            view.getColumns().stream().filter(column -> column.getUserData() != null && column.getUserData().equals(now))
                    .forEach(this::showsExpiry);
            view.refresh();
        });
        model.columns().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                if (change.wasRemoved() && change.getList().isEmpty()) {
                    view.getColumns().clear();
                }
                for (String name : change.getAddedSubList()) {
                    addColumn(name);
                }
            }
        });
        view.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(PLACEHOLDER_ROW,
                        !empty && ItemGridViewModel.isPlaceholder(item));
                if (!empty && !snapshotMode && getIndex() >= model.rows().size() - PREFETCH_ROWS
                        && model.hasMoreProperty().get()) {
                    // Not during the layout pass that is drawing this row.
                    Platform.runLater(model::loadMore);
                }
            }
        });
        view.setOnMouseClicked(event -> {
            Item selected = view.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && selected != null
                    && !ItemGridViewModel.isPlaceholder(selected)) {
                open.accept(selected);
            }
        });
    }

    private void showPlaceholderText() {
        if (view.getItems() == null || view.getItems().isEmpty()) {
            placeholder.setText(model.loadingProperty().get() ? "Loading items…"
                    : snapshotMode ? "No loaded item matches the filter." : "No items.");
        }
    }

    TableView<Item> view() {
        return view;
    }

    /** Text that rows must contain (in any shown column) to be shown; empty shows all. */
    StringProperty filterTextProperty() {
        return filterText;
    }

    boolean showingLoadedRowsOnly() {
        return snapshotMode;
    }

    /** The selected rows that are in memory, in the order shown. */
    List<Item> selectedItems() {
        return view.getSelectionModel().getSelectedItems().stream()
                .filter(item -> item != null && !ItemGridViewModel.isPlaceholder(item)).toList();
    }

    /** The names of the columns shown, in order. */
    List<String> shownColumns() {
        return view.getVisibleLeafColumns().stream().map(column -> (String) column.getUserData()).toList();
    }

    private void updateMode() {
        boolean wanted = !view.getSortOrder().isEmpty() || !filterText.get().isBlank();
        if (wanted && !snapshotMode) {
            snapshotMode = true;
            snapshot.setAll(model.loadedItems());
            sorted.comparatorProperty().bind(view.comparatorProperty());
            view.setItems(sorted);
        } else if (!wanted && snapshotMode) {
            snapshotMode = false;
            sorted.comparatorProperty().unbind();
            view.setItems(model.rows());
            snapshot.clear();
        }
    }

    /** Keeps the sorted/filtered view in step: new chunks join it, deleted rows leave it. */
    private void followRows(ListChangeListener.Change<? extends Item> change) {
        if (!snapshotMode) {
            return;
        }
        while (change.next()) {
            if (change.wasReplaced()) {
                continue; // chunks dropped from memory or read again: the view keeps its copy
            }
            if (change.wasRemoved()) {
                snapshot.removeAll(new HashSet<>(change.getRemoved()));
            }
            if (change.wasAdded()) {
                snapshot.addAll(change.getAddedSubList());
            }
        }
    }

    private Predicate<Item> matcher(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return null;
        }
        return item -> {
            for (String column : shownColumns()) {
                DynamoValue value = item.get(column);
                if (value != null && ValueSummary.of(value, ValueCell.MAX_CHARS).toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
            return false;
        };
    }

    private void addColumn(String name) {
        TableColumn<Item, DynamoValue> column = new TableColumn<>(name);
        column.setId("column-" + name);
        column.setUserData(name);
        var computed = model.columnPlanner().derived(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(computed.isPresent() ? computed.get().apply(cell.getValue())
                : cell.getValue().get(name)));
        if (computed.isPresent()) {
            // A key template's parameter, read out of the item's keys: not an attribute of its own.
            column.getStyleClass().add("parameter-column");
            column.setGraphic(FontIcon.of(Feather.LINK_2));
        }
        column.setComparator(ValueOrder.INSTANCE);
        List<Item> sample = model.loadedItems();
        int chars = ColumnPlanner.widthInChars(name, sample.subList(0, Math.min(sample.size(), WIDTH_SAMPLE)),
                WIDEST_COLUMN_CHARS, computed.orElse(item -> item.get(name)));
        column.setPrefWidth(CELL_PADDING + chars * ColumnPlanner.characterWidth());
        if (computed.isPresent()) {
            column.setPrefWidth(column.getPrefWidth() + KEY_ICON_WIDTH);
        }
        if (name.equals(model.timeToLiveAttributeProperty().get())) {
            showsExpiry(column);
        }
        TableInfo info = model.tableProperty().get();
        boolean key = info != null && info.keyNames().contains(name);
        column.setCellFactory(col -> {
            ValueCell cell = new ValueCell(model.timeToLiveAttributeProperty()::get);
            if (key) {
                sticky.pin(cell);
            }
            return cell;
        });
        if (key) {
            column.getStyleClass().add("key-column");
            column.setGraphic(FontIcon.of(Feather.KEY));
            column.setPrefWidth(column.getPrefWidth() + KEY_ICON_WIDTH);
            // Keys stay first: they identify the row.
            column.setReorderable(false);
            view.getColumns().add(info.keyNames().indexOf(name), column);
        } else {
            layout.adopt(column);
            int keyCount = info == null ? 0 : info.keyNames().size();
            view.getColumns().add(Math.max(keyCount, layout.insertionIndex(name)), column);
        }
    }

    /** The TTL attribute's column: room for the date and what is left, and a clock in its header. */
    private void showsExpiry(TableColumn<Item, ?> column) {
        column.setPrefWidth(Math.max(column.getPrefWidth(), CELL_PADDING + EXPIRY_CHARS * ColumnPlanner.characterWidth()));
        column.setGraphic(FontIcon.of(Feather.CLOCK));
    }
}
