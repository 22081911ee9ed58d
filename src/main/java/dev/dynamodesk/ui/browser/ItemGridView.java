package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.common.ErrorDialogs;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A table's items in a grid, with a header naming the table and its keys, the load state, and
 * Refresh / Load more / Stop. Scrolling near the end loads the next page by itself.
 */
public final class ItemGridView extends BorderPane {
    /** Rows from the end at which the next page is fetched while scrolling. */
    private static final int PREFETCH_ROWS = 40;

    private static final int WIDEST_COLUMN_CHARS = 48;
    private static final int WIDTH_SAMPLE = 500;
    private static final double CELL_PADDING = 24;
    private static final double KEY_ICON_WIDTH = 16;

    private final ItemGridViewModel model;
    private final TableView<Item> grid = new TableView<>();
    private final HBox keyChips = new HBox(6);
    private double characterWidth;

    public ItemGridView(ItemGridViewModel model) {
        this.model = model;
        getStyleClass().add("item-grid-view");
        setTop(new VBox(header(), errorBanner()));
        setCenter(grid);
        configureGrid();
        model.tableProperty().addListener((observable, old, info) -> showKeys(info));
    }

    public TableView<Item> grid() {
        return grid;
    }

    private HBox header() {
        Label title = new Label(model.tableName());
        title.getStyleClass().add("grid-title");
        title.setGraphic(FontIcon.of(Feather.GRID));
        keyChips.getStyleClass().add("key-chips");

        Label status = new Label();
        status.setId("gridStatus");
        status.getStyleClass().add("grid-status");
        status.textProperty().bind(model.statusProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("grid-spinner");
        spinner.visibleProperty().bind(model.loadingProperty());
        spinner.managedProperty().bind(model.loadingProperty());

        Button stop = toolbarButton("stopLoading", Feather.X_CIRCLE, "Stop", "Stop loading and counting (Esc)");
        var busy = model.loadingProperty().or(model.count().countingProperty());
        stop.visibleProperty().bind(busy);
        stop.managedProperty().bind(busy);
        stop.setOnAction(event -> model.cancel());

        Button more = toolbarButton("loadMore", Feather.CHEVRONS_DOWN, "Load more", "Load the next page of items");
        more.disableProperty().bind(model.hasMoreProperty().not().or(model.loadingProperty()));
        more.setOnAction(event -> model.loadMore());

        Button all = toolbarButton("loadAll", Feather.DOWNLOAD, "Load all",
                "Load every item (parallel segments for a scan; memory stays bounded)");
        all.disableProperty().bind(model.hasMoreProperty().not().or(model.loadingProperty()));
        all.setOnAction(event -> model.loadAll());

        Button count = toolbarButton("countItems", Feather.HASH, "Count", "Count every match with Select=COUNT");
        count.disableProperty().bind(model.count().countingProperty());
        count.setOnAction(event -> model.count().start());
        Label countText = new Label();
        countText.setId("countText");
        countText.getStyleClass().add("grid-status");
        countText.textProperty().bind(model.count().textProperty());

        Button cli = toolbarButton("copyCli", Feather.TERMINAL, null, "Copy the equivalent AWS CLI command");
        cli.setOnAction(event -> copyToClipboard(model.cliCommandProperty().get()));

        Button refresh = toolbarButton("refreshItems", Feather.REFRESH_CW, "Refresh", "Reload from the first page (F5)");
        refresh.setOnAction(event -> model.refresh());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, keyChips, spacer, spinner, status, countText, stop, more, all, count, cli, refresh);
        header.getStyleClass().add("grid-header");
        return header;
    }

    private HBox errorBanner() {
        Label message = new Label();
        message.setId("gridError");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(
                () -> model.errorProperty().get() == null ? "" : model.errorProperty().get().summary(),
                model.errorProperty()));
        Hyperlink details = new Hyperlink("Details…");
        details.setOnAction(event -> ErrorDialogs.show(getScene().getWindow(),
                "Could not load " + model.tableName(), model.errorProperty().get()));
        Hyperlink retry = new Hyperlink("Try again");
        retry.setOnAction(event -> model.refresh());
        HBox banner = new HBox(8, FontIcon.of(Feather.ALERT_TRIANGLE), message, details, retry);
        HBox.setHgrow(message, Priority.ALWAYS);
        banner.getStyleClass().add("error-banner");
        banner.visibleProperty().bind(model.errorProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void configureGrid() {
        grid.setId("itemGrid");
        grid.setItems(model.rows());
        grid.getStyleClass().addAll("item-grid", "dense", "bordered");
        grid.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then("Loading items…").otherwise("This table has no items."));
        grid.setPlaceholder(placeholder);
        grid.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && getIndex() >= model.rows().size() - PREFETCH_ROWS && model.hasMoreProperty().get()) {
                    // Not during the layout pass that is drawing this row.
                    Platform.runLater(model::loadMore);
                }
            }
        });
        model.columns().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                if (change.wasRemoved() && change.getList().isEmpty()) {
                    grid.getColumns().clear();
                }
                for (String name : change.getAddedSubList()) {
                    grid.getColumns().add(column(name));
                }
            }
        });
    }

    private TableColumn<Item, DynamoValue> column(String name) {
        TableColumn<Item, DynamoValue> column = new TableColumn<>(name);
        column.setId("column-" + name);
        column.setUserData(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(name)));
        column.setCellFactory(col -> new ValueCell());
        // Client-side sorting arrives with the full browser; an unsorted grid never misorders numbers.
        column.setSortable(false);
        List<Item> sample = model.loadedItems();
        int chars = ColumnPlanner.widthInChars(name, sample.subList(0, Math.min(sample.size(), WIDTH_SAMPLE)),
                WIDEST_COLUMN_CHARS);
        column.setPrefWidth(CELL_PADDING + chars * characterWidth());
        TableInfo info = model.tableProperty().get();
        if (info != null && info.keyNames().contains(name)) {
            column.getStyleClass().add("key-column");
            column.setGraphic(FontIcon.of(Feather.KEY));
            column.setPrefWidth(column.getPrefWidth() + KEY_ICON_WIDTH);
        }
        return column;
    }

    /** The width of one character of the grid's monospaced font, measured once. */
    private double characterWidth() {
        if (characterWidth == 0) {
            Text probe = new Text("0000000000");
            probe.setFont(Font.font("monospaced", Font.getDefault().getSize() * 0.92));
            characterWidth = probe.getLayoutBounds().getWidth() / 10;
        }
        return characterWidth;
    }

    private void showKeys(TableInfo info) {
        keyChips.getChildren().clear();
        if (info == null) {
            return;
        }
        keyChips.getChildren().add(chip("PK", info.partitionKey().label()));
        if (info.sortKey() != null) {
            keyChips.getChildren().add(chip("SK", info.sortKey().label()));
        }
        if (!info.indexes().isEmpty()) {
            String names = String.join(", ", info.indexes().stream().map(IndexInfo::name).toList());
            Label indexes = chip("IDX", names);
            indexes.setTooltip(new Tooltip("Secondary indexes: " + names));
            keyChips.getChildren().add(indexes);
        }
    }

    private static Label chip(String role, String text) {
        Label chip = new Label(role + "  " + text);
        chip.getStyleClass().add("key-chip");
        return chip;
    }

    private static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Button toolbarButton(String id, Feather icon, String text, String tooltip) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.getStyleClass().addAll("small");
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
