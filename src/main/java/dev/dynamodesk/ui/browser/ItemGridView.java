package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.common.DialogService;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import dev.dynamodesk.ui.common.ActivityIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A table's tab: a header naming the table and its keys with the actions, the grid, and a footer
 * with what is loaded, the count, and a filter over the loaded rows.
 */
public final class ItemGridView extends BorderPane {
    private final ItemGridViewModel model;
    private final ItemOpener opener;
    private final ItemTable table;
    private final GridActions actions;
    private final HBox keyChips = new HBox(6);
    private final VBox top;
    private final VBox builderHolder = new VBox();
    private final ToggleButton builderShown = new ToggleButton(null, FontIcon.of(Feather.FILTER));
    private final ToggleGroup views = new ToggleGroup();
    private final HBox switcher = new HBox();

    /** What the grid asks of the window: open an item in an editor (null: a new one, or a copy to start from). */
    public interface ItemOpener {
        void open(Item item);

        void create(Item startFrom);

        /** Opens a bulk change of {@code rows}, or (null) of every item the grid's query matches; not offered when absent. */
        default void changeInBulk(java.util.List<Item> rows) {
        }

        /** Opens copy of {@code rows}, or (null) of every item the grid's query matches, to another table. */
        default void copyElsewhere(java.util.List<Item> rows) {
        }

        /** Opens the live tail of the table's stream {@code streamArn}. */
        default void tailStream(String streamArn) {
        }
    }

    public ItemGridView(ItemGridViewModel model, TableLayouts layouts, String layoutKey, ItemOpener opener) {
        this.model = model;
        this.opener = opener;
        getStyleClass().add("item-grid-view");
        table = new ItemTable(model, layouts, layoutKey, opener::open);
        actions = new GridActions(model, table, opener);
        top = new VBox(header(), builderHolder, errorBanner());
        setTop(top);
        setCenter(table.view());
        setBottom(footer());
        model.tableProperty().addListener((observable, old, info) -> showKeys(info));
    }

    public TableView<Item> grid() {
        return table.view();
    }

    /**
     * Adds the Items / Info switch: Info shows the table's details (read when first shown) in place
     * of the grid.
     */
    public void setInfo(TableInfoView infoView, TableInfoModel infoModel) {
        ToggleButton items = new ToggleButton("Items");
        items.setId("showItems");
        ToggleButton info = new ToggleButton("Info");
        info.setId("showInfo");
        for (ToggleButton button : List.of(items, info)) {
            button.setToggleGroup(views);
            button.getStyleClass().add("small");
        }
        items.getStyleClass().add("left-pill");
        info.getStyleClass().add("right-pill");
        items.setSelected(true);
        Node bottom = getBottom();
        views.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            boolean showItems = now == items;
            setCenter(showItems ? table.view() : (Node) now.getUserData());
            setBottom(showItems ? bottom : null);
            builderHolder.setVisible(showItems);
            builderHolder.setManaged(showItems);
            if (now == info) {
                infoModel.refresh();
            }
        });
        info.setUserData(infoView);
        switcher.getChildren().setAll(items, info);
        switcher.getStyleClass().add("view-switch");
        // Never cut to "Ite…": the key chips and the toolbar's overflow give way first.
        items.setMinWidth(Region.USE_PREF_SIZE);
        info.setMinWidth(Region.USE_PREF_SIZE);
        switcher.setMinWidth(Region.USE_PREF_SIZE);
        ((HBox) top.getChildren().get(0)).getChildren().add(2, switcher);
    }

    /**
     * Adds the Entities view (a single-table design's entities and access patterns) to the switch,
     * and, once the table has an entity model, a chooser in the header: all items, or one entity's.
     */
    public void setEntities(Node entitiesView, dev.dynamodesk.ui.entity.EntityViewModel entities) {
        ToggleButton button = new ToggleButton("Entities");
        button.setId("showEntities");
        button.setToggleGroup(views);
        button.getStyleClass().addAll("small", "right-pill");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setUserData(entitiesView);
        switcher.getChildren().get(switcher.getChildren().size() - 1).getStyleClass().remove("right-pill");
        switcher.getChildren().add(button);
        javafx.scene.control.ComboBox<Object> chooser = new javafx.scene.control.ComboBox<>();
        chooser.setId("entityChooser");
        chooser.setTooltip(new Tooltip("Show one entity's items, with its key parameters and attributes as columns"));
        chooser.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Object value) {
                return value instanceof dev.dynamodesk.entity.Entity entity ? entity.name() : value == null ? "All items" : value.toString();
            }

            @Override
            public Object fromString(String text) {
                return null;
            }
        });
        boolean[] filling = {false};
        Runnable fill = () -> {
            filling[0] = true;
            var model = entities.modelProperty().get();
            List<Object> choices = new java.util.ArrayList<>();
            choices.add("All items");
            if (model != null) {
                choices.addAll(model.entities());
                if (entities.otherAvailable()) {
                    choices.add("Other");
                }
            }
            chooser.getItems().setAll(choices);
            var shown = entities.shownProperty().get();
            chooser.setValue(entities.otherShownProperty().get() ? "Other" : shown == null ? "All items" : choices.stream().filter(choice -> choice instanceof dev.dynamodesk.entity.Entity e
                    && e.name().equals(shown.name())).findFirst().orElse("All items"));
            filling[0] = false;
        };
        entities.modelProperty().addListener((observable, was, now) -> fill.run());
        entities.shownProperty().addListener((observable, was, now) -> fill.run());
        entities.otherShownProperty().addListener((observable, was, now) -> fill.run());
        model.tableProperty().addListener((observable, was, now) -> fill.run()); // Other needs the key schema

        chooser.setOnAction(event -> {
            if (filling[0]) {
                return; // the list being filled in, not the user choosing
            }
            Object value = chooser.getValue();
            if ("Other".equals(value)) {
                if (!entities.otherShownProperty().get()) {
                    entities.showOther();
                }
                return;
            }
            var shown = entities.shownProperty().get();
            if (value instanceof dev.dynamodesk.entity.Entity entity ? shown == null || !shown.name().equals(entity.name())
                    : shown != null || entities.otherShownProperty().get()) {
                entities.show(value instanceof dev.dynamodesk.entity.Entity entity ? entity : null);
            }
        });
        fill.run();
        Label explanation = new Label();
        explanation.setId("entityExplanation");
        explanation.getStyleClass().add("form-hint");
        explanation.textProperty().bind(entities.explanationProperty());
        Label entityLabel = new Label("Entity");
        entityLabel.setLabelFor(chooser);
        entityLabel.setMinWidth(Region.USE_PREF_SIZE);
        chooser.setPrefWidth(170);
        chooser.setMinWidth(Region.USE_PREF_SIZE);
        HBox entityRow = new HBox(8, entityLabel, chooser, explanation);
        entityRow.getStyleClass().add("entity-row");
        entityRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        entityRow.visibleProperty().bind(entities.modelProperty().isNotNull());
        entityRow.managedProperty().bind(entityRow.visibleProperty());
        top.getChildren().add(1, entityRow);
    }

    /** Shows the grid (Items) again. */
    public void showItems() {
        views.getToggles().get(0).setSelected(true);
    }

    /** Puts the query builder between the header and the grid; the header's Query button shows or hides it. */
    public void setBuilder(Region builder) {
        builder.visibleProperty().bind(builderShown.selectedProperty());
        builder.managedProperty().bind(builderShown.selectedProperty());
        builderHolder.getChildren().setAll(builder);
    }

    private HBox header() {
        Label title = new Label(model.tableName());
        title.getStyleClass().add("grid-title");
        title.setGraphic(FontIcon.of(Feather.GRID));
        keyChips.getStyleClass().add("key-chips");

        ActivityIndicator spinner = new ActivityIndicator();
        spinner.getStyleClass().add("grid-spinner");
        var busy = model.loadingProperty().or(model.count().countingProperty());
        spinner.visibleProperty().bind(busy);
        spinner.managedProperty().bind(busy);

        Button stop = button("stopLoading", Feather.X_CIRCLE, "Stop", "Stop loading and counting");
        stop.visibleProperty().bind(busy);
        stop.managedProperty().bind(busy);
        stop.setOnAction(event -> model.cancel());

        Button more = button("loadMore", Feather.CHEVRONS_DOWN, null, "Load the next items");
        more.disableProperty().bind(model.hasMoreProperty().not().or(model.loadingProperty()));
        more.setOnAction(event -> model.loadMore());

        Button all = button("loadAll", Feather.DOWNLOAD, null,
                "Load all: every item (parallel segments for a scan; memory stays bounded)");
        all.disableProperty().bind(model.hasMoreProperty().not().or(model.loadingProperty()));
        all.setOnAction(event -> model.loadAll());

        Button count = button("countItems", Feather.HASH, null, "Count every match with Select=COUNT");
        count.disableProperty().bind(model.count().countingProperty().or(model.planProperty().isNull()));
        count.setOnAction(event -> model.count().start());

        Button create = button("newItem", Feather.FILE_PLUS, "New", "Create a new item in this table");
        create.setVisible(!model.readOnly());
        create.setManaged(!model.readOnly());
        create.disableProperty().bind(model.tableProperty().isNull());
        create.setOnAction(event -> opener.create(null));

        Button delete = button("deleteSelected", Feather.TRASH_2, null, "Delete the selected items (Delete)");
        delete.disableProperty().bind(Bindings.isEmpty(table.view().getSelectionModel().getSelectedItems()));
        delete.setVisible(!model.readOnly());
        delete.setManaged(!model.readOnly());
        delete.setOnAction(event -> actions.confirmDelete());

        Button bulkAll = button("bulkChangeAll", Feather.LAYERS, null,
                "Change or delete every item the current scan or query matches, after a dry run (journaled, can be reverted)");
        bulkAll.disableProperty().bind(model.tableProperty().isNull().or(model.planProperty().isNull()));
        bulkAll.setVisible(!model.readOnly());
        bulkAll.setManaged(!model.readOnly());
        bulkAll.setOnAction(event -> opener.changeInBulk(null));

        Button cli = button("copyCli", Feather.TERMINAL, null, "Copy the equivalent AWS CLI command");
        cli.setOnAction(event -> copyText(model.cliCommandProperty().get()));

        builderShown.setId("toggleBuilder");
        builderShown.getStyleClass().add("small");
        builderShown.setSelected(true);
        builderShown.setTooltip(new Tooltip("Show or hide the scan and query builder"));

        Button refresh = button("refreshItems", Feather.REFRESH_CW, null, "Run again from the start (F5)");
        refresh.setOnAction(event -> model.refresh());

        // A tool bar: in a narrow window the buttons that do not fit move into its overflow menu.
        ToolBar actions = new ToolBar(spinner, stop, builderShown, more, all, count, create, delete, bulkAll, cli, refresh);
        actions.getStyleClass().add("grid-actions");
        HBox.setHgrow(actions, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        keyChips.setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(keyChips.widthProperty());
        clip.heightProperty().bind(keyChips.heightProperty());
        keyChips.setClip(clip);
        HBox header = new HBox(6, title, keyChips, actions);
        header.getStyleClass().add("grid-header");
        return header;
    }

    private HBox footer() {
        Label status = new Label();
        status.setId("gridStatus");
        status.getStyleClass().add("grid-status");
        status.textProperty().bind(model.statusProperty());
        Label count = new Label();
        count.setId("countText");
        count.getStyleClass().add("grid-count");
        count.textProperty().bind(model.count().textProperty());
        Label notice = new Label();
        notice.setId("gridNotice");
        notice.getStyleClass().add("grid-notice");
        notice.textProperty().bind(model.noticeProperty());
        Label sortedNote = new Label();
        sortedNote.getStyleClass().add("grid-status");

        TextField filter = new TextField();
        filter.setId("rowFilter");
        filter.setPromptText("Filter loaded rows");
        filter.getStyleClass().add("small");
        filter.setPrefColumnCount(18);
        table.filterTextProperty().bind(filter.textProperty());
        table.view().itemsProperty().addListener((observable, old, items) -> sortedNote.setText(
                table.showingLoadedRowsOnly() ? "· showing loaded rows, sorted/filtered here" : ""));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(10, status, sortedNote, count, notice, spacer, filter);
        footer.getStyleClass().add("grid-footer");
        return footer;
    }

    private HBox errorBanner() {
        Label message = new Label();
        message.setId("gridError");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(
                () -> model.errorProperty().get() == null ? "" : model.errorProperty().get().summary(),
                model.errorProperty()));
        Hyperlink details = new Hyperlink("Details…");
        details.setOnAction(event -> DialogService.current().error(getScene().getWindow(),
                "Problem with " + model.tableName(), model.errorProperty().get()));
        Hyperlink retry = new Hyperlink("Try again");
        retry.setOnAction(event -> model.refresh());
        HBox banner = new HBox(8, FontIcon.of(Feather.ALERT_TRIANGLE), message, details, retry);
        HBox.setHgrow(message, Priority.ALWAYS);
        banner.getStyleClass().add("error-banner");
        banner.visibleProperty().bind(model.errorProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
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
            // Each index with its whole key: every attribute of a multi-attribute key, in order.
            indexes.setTooltip(new Tooltip("Secondary indexes:\n" + String.join("\n", info.indexes().stream()
                    .map(index -> index.name() + (index.global() ? " (global): " : " (local): ") + index.keyText()).toList())));
            keyChips.getChildren().add(indexes);
        }
    }

    private static Label chip(String role, String text) {
        Label chip = new Label(role + "  " + text);
        chip.getStyleClass().add("key-chip");
        return chip;
    }

    static void copyText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Button button(String id, Feather icon, String text, String tooltip) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.getStyleClass().add("small");
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
