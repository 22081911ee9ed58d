package dev.dynamodesk.ui.entity;

import dev.dynamodesk.ui.common.TextColumns;
import dev.dynamodesk.entity.Entity;
import dev.dynamodesk.entity.EntityAttribute;
import dev.dynamodesk.entity.EntityDetector;
import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.common.Buttons;
import dev.dynamodesk.ui.common.DialogService;
import java.io.File;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Entities view of a table: its entities (share of the sample, key templates, attributes with
 * their types and how often each is there), detection on demand, the access patterns with Run and
 * Copy as code, and the model saved to or loaded from the user's own file.
 */
public final class EntitiesView extends BorderPane {
    private final EntityViewModel model;
    private final Runnable showItems;
    private final Consumer<Item> createItem;
    private final TableView<Entity> entities = new TableView<>();
    private final TableView<EntityAttribute> attributes = new TableView<>();

    /**
     * @param showItems  switches the tab to its Items view (after an entity or pattern is chosen)
     * @param createItem opens the editor on a new item to start from
     */
    public EntitiesView(EntityViewModel model, Runnable showItems, Consumer<Item> createItem,
                        java.util.function.Supplier<dev.dynamodesk.connection.ConnectionProfile> connection) {
        this.model = model;
        this.showItems = showItems;
        this.createItem = createItem;
        setId("entitiesView");
        setTop(header());
        SplitPane split = new SplitPane(entityPane(), new PatternPane(model, this::window, showItems, connection));
        split.setDividerPositions(0.58);
        setCenter(split);
        model.modelProperty().addListener((observable, was, now) -> show(now));
        show(model.modelProperty().get());
    }

    private VBox header() {
        Label title = new Label("Entities of " + model.table());
        title.getStyleClass().add("grid-title");
        Label origin = new Label();
        origin.setId("entityOrigin");
        origin.textProperty().bind(model.originProperty().map(text -> text.isEmpty() ? "" : "· " + text));
        TextField sample = new TextField(Integer.toString(EntityDetector.DEFAULT_SAMPLE));
        sample.setId("entitySample");
        sample.setPrefColumnCount(6);
        TextField type = new TextField();
        type.setId("entityTypeAttribute");
        type.setPromptText("type attribute (found by itself)");
        type.setPrefColumnCount(14);
        Button detect = Buttons.of("Detect", "detectEntities", Feather.SEARCH, () -> {
            int size;
            try {
                size = Math.max(1, Integer.parseInt(sample.getText().strip().replace(",", "")));
            } catch (NumberFormatException e) {
                size = EntityDetector.DEFAULT_SAMPLE;
            }
            model.detect(size, type.getText().isBlank() ? null : type.getText().strip());
        });
        MenuButton file = new MenuButton("Model file");
        file.setId("entityModelFile");
        var load = new javafx.scene.control.MenuItem("Load entity model…");
        load.setId("loadEntityModel");
        load.setOnAction(event -> loadModel());
        var save = new javafx.scene.control.MenuItem("Save entity model…");
        save.setId("saveEntityModel");
        save.setOnAction(event -> saveModelAs());
        var workbench = new javafx.scene.control.MenuItem("Export as NoSQL Workbench model…");
        workbench.setId("exportWorkbenchModel");
        workbench.setOnAction(event -> choose(true, "Export as a NoSQL Workbench data model").ifPresent(path -> model.saveTo(path, true)));
        save.disableProperty().bind(model.modelProperty().isNull());
        workbench.disableProperty().bind(model.modelProperty().isNull());
        file.getItems().setAll(load, save, workbench);
        HBox titleRow = new HBox(8, title, origin);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        Label sampleLabel = new Label("Detect from the first");
        Label itemsLabel = new Label("items");
        HBox controls = new HBox(8, sampleLabel, sample, itemsLabel, type, detect, file);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Control fixed : java.util.List.of(title, sampleLabel, itemsLabel, detect, file)) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label status = new Label();
        status.setId("entityStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("entityProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.errorProperty().map(error -> error.summary()).orElse(""));
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox header = new VBox(6, titleRow, controls, status, problem);
        header.setPadding(new Insets(10, 12, 8, 12));
        return header;
    }

    private VBox entityPane() {
        entities.setId("entityList");
        entities.setPlaceholder(new Label("No entity model yet: Detect reads a sample of the table's items and finds its entity"
                + " types by a type attribute or by the prefixes of its keys."));
        entities.getColumns().add(TextColumns.of("Entity", 130, Entity::name));
        entities.getColumns().add(TextColumns.of("Items", 70, entity -> String.format("%,d", entity.sampled())));
        entities.getColumns().add(TextColumns.of("Share", 60, this::share));
        entities.getColumns().add(TextColumns.of("Keys", 520, entity -> entity.keys().entrySet().stream()
                .map(key -> key.getKey() + " = " + key.getValue()).collect(Collectors.joining("  ·  "))));
        attributes.setId("entityAttributes");
        attributes.setPlaceholder(new Label("Choose an entity to see its attributes."));
        attributes.getColumns().add(TextColumns.of("Attribute", 180, EntityAttribute::name));
        attributes.getColumns().add(TextColumns.of("Type", 80, EntityAttribute::typeText));
        attributes.getColumns().add(TextColumns.of("Present", 90, attribute -> presence(attribute)));
        Label keys = new Label();
        keys.setId("entityKeys");
        keys.getStyleClass().add("monospace");
        keys.setWrapText(true);
        keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every key on its own line, never cut
        entities.getSelectionModel().selectedItemProperty().addListener((observable, was, entity) -> {
            attributes.getItems().setAll(entity == null ? java.util.List.of() : entity.attributes());
            keys.setText(entity == null ? "" : entity.keys().entrySet().stream().map(key -> key.getKey() + " = " + key.getValue())
                    .collect(Collectors.joining("\n")) + (entity.typeValue() == null || model.modelProperty().get() == null ? ""
                    : "\n" + model.modelProperty().get().typeAttribute() + " = " + String.join(" or ", entity.typeValues())));
        });
        Button show = Buttons.of("Show items", "showEntityItems", Feather.LIST, () -> selected(this::showEntity));
        Button create = Buttons.of("New item…", "newEntityItem", Feather.FILE_PLUS, () -> selected(this::newItem));
        Button rename = Buttons.of("Rename…", "renameEntity", Feather.EDIT_2, () -> selected(entity -> EntityDialogs
                .text(window(), "Rename " + entity.name(), "New name", entity.name()).ifPresent(name -> model.rename(entity, name))));
        Button parameter = Buttons.of("Rename parameter…", "renameParameter", Feather.EDIT_3, () -> selected(entity ->
                EntityDialogs.renameParameter(window(), entity).ifPresent(names -> model.renameParameter(entity, names[0], names[1]))));
        Button merge = Buttons.of("Merge…", "mergeEntity", Feather.GIT_MERGE, () -> selected(entity -> EntityDialogs.choice(window(),
                "Merge into " + entity.name(), "The entity that becomes part of " + entity.name(), entities.getItems().stream()
                        .filter(other -> other != entity).map(Entity::name).toList()).flatMap(name -> model.modelProperty().get().entity(name))
                .ifPresent(other -> model.merge(entity, other))));
        Button split = Buttons.of("Split…", "splitEntity", Feather.SCISSORS, () -> selected(entity -> EntityDialogs.choice(window(),
                "Split " + entity.name(), "By what this key starts with (its text before the first #, | or :)",
                java.util.List.copyOf(entity.keys().keySet())).ifPresent(key -> model.split(entity, key))));
        for (Button button : java.util.List.of(show, create, rename, parameter, merge, split)) {
            button.disableProperty().bind(entities.getSelectionModel().selectedItemProperty().isNull());
        }
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, show, create, rename, parameter, merge, split);
        VBox pane = new VBox(8, entities, actions, keys, attributes);
        VBox.setVgrow(entities, Priority.ALWAYS);
        VBox.setVgrow(attributes, Priority.ALWAYS);
        pane.setPadding(new Insets(0, 6, 8, 12));
        return pane;
    }

    /** Asks where, then saves the model there (nothing to save before there is a model). */
    public void saveModelAs() {
        if (model.modelProperty().get() == null) {
            DialogService.current().tell(window(), DialogService.Notice.info("noEntityModel", "No entity model yet",
                    "Detect the entities of " + model.table() + " first (its Entities view), or load a model."));
            return;
        }
        choose(true, "Save the entity model").ifPresent(path -> model.saveTo(path, false));
    }

    public void loadModel() {
        choose(false, "Load an entity model (Dynamo Desk's or NoSQL Workbench's)").ifPresent(model::loadFrom);
    }

    /** The entity's items; where that would read every item, first a chance to name one partition instead. */
    private void showEntity(Entity entity) {
        var info = model.tableInfo();
        java.util.List<String> partitionParameters = info == null ? java.util.List.of()
                : dev.dynamodesk.entity.EntityQueries.partitionParameters(entity, info);
        if (!model.mustScan(entity) || partitionParameters.isEmpty()) {
            model.show(entity);
            showItems.run();
            return;
        }
        java.util.List<String> asked = entity.parameters().stream().filter(p -> partitionParameters.stream()
                .anyMatch(group -> java.util.List.of(group.split(" and ")).contains(p))).toList();
        EntityDialogs.optionalParameters(window(), entity.name() + "'s items", "Every " + entity.name() + " means reading every item"
                + " (a Scan). Give " + String.join(" or ", partitionParameters) + " to Query one partition instead, or leave it"
                + " empty to Scan.", asked).ifPresent(values -> {
                    model.show(entity, values);
                    showItems.run();
                });
    }

    private void newItem(Entity entity) {
        EntityDialogs.parameters(window(), "New " + entity.name(), "The item's keys are built from these:", entity.parameters(),
                entity.keys().entrySet().stream().map(key -> key.getKey() + " = " + key.getValue()).toList()).ifPresent(values -> {
                    try {
                        createItem.accept(model.newItem(entity, values));
                    } catch (IllegalArgumentException e) {
                        DialogService.current().error(window(), "New " + entity.name(), e);
                    }
                });
    }

    private void show(EntityModel now) {
        Entity chosen = entities.getSelectionModel().getSelectedItem();
        entities.getItems().setAll(now == null ? java.util.List.of() : now.entities());
        if (chosen != null && now != null) {
            now.entity(chosen.name()).ifPresent(entities.getSelectionModel()::select);
        }
    }

    private void selected(Consumer<Entity> action) {
        Entity entity = entities.getSelectionModel().getSelectedItem();
        if (entity != null) {
            action.accept(entity);
        }
    }

    private String share(Entity entity) {
        EntityModel current = model.modelProperty().get();
        return current == null || current.sampled() == 0 ? "" : (entity.sampled() * 100L + current.sampled() / 2) / current.sampled() + "%";
    }

    private String presence(EntityAttribute attribute) {
        Entity entity = entities.getSelectionModel().getSelectedItem();
        return entity == null || entity.sampled() == 0 ? "" : (attribute.present() * 100L + entity.sampled() / 2) / entity.sampled() + "%";
    }

    private java.util.Optional<java.nio.file.Path> choose(boolean save, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        chooser.setInitialFileName(model.table() + ".entities.json");
        File chosen = save ? chooser.showSaveDialog(window()) : chooser.showOpenDialog(window());
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
