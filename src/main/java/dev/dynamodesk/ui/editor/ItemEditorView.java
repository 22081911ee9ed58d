package dev.dynamodesk.ui.editor;

import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.dynamo.items.SaveOutcome;
import dev.dynamodesk.dynamo.items.SavePlan;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.PlainJson;
import dev.dynamodesk.item.PlainJsonReader;
import dev.dynamodesk.item.ValueSummary;
import dev.dynamodesk.item.edit.ItemSize;
import dev.dynamodesk.item.edit.ItemValidation;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.transfer.snippet.SnippetRequest;
import dev.dynamodesk.ui.common.CodeSnippetMenu;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The item editor: the same item as a tree, as DynamoDB JSON or as plain JSON, switchable without
 * losing edits; undo and redo; what is wrong shown before saving; saving with a preview of the
 * request; and, when the item changed meanwhile, the choice to reload, overwrite or merge.
 */
public final class ItemEditorView extends BorderPane {
    private final ItemEditorModel model;
    private final BooleanProperty alwaysPreview;
    private final TreePane tree;
    private final JsonPane dynamoJson;
    private final JsonPane plainJson;
    private final Label status = new Label();
    private final VBox problems = new VBox(2);
    private final ToggleGroup views = new ToggleGroup();
    private JsonPane showing;
    private final Supplier<ConnectionProfile> connection;

    private Supplier<List<Map.Entry<String, Item>>> otherItems = List::of;

    public ItemEditorView(ItemEditorModel model, BooleanProperty alwaysPreview, Supplier<ConnectionProfile> connection) {
        this.model = model;
        this.connection = connection;
        this.alwaysPreview = alwaysPreview;
        getStyleClass().add("item-editor");
        tree = new TreePane(model, this::say);
        dynamoJson = new JsonPane("dynamoJson", true, text -> new JsonPane.Result(DynamoJson.parseItem(text), List.of()));
        plainJson = new JsonPane("plainJson", false, text -> {
            PlainJsonReader.Outcome outcome = PlainJsonReader.read(text, model.current());
            return new JsonPane.Result(outcome.item(), outcome.notes());
        });
        dynamoJson.setEditable(!model.readOnly());
        plainJson.setEditable(!model.readOnly());
        setTop(new VBox(header(), keyNotice()));
        setCenter(tree);
        // An opened item takes the keyboard at once: arrows, F2 to type a value, Ctrl+S to save.
        sceneProperty().addListener((observable, old, scene) -> {
            if (old == null && scene != null) {
                Platform.runLater(tree::focusTree);
            }
        });
        setBottom(footer());
        model.problems().addListener((ListChangeListener<ItemValidation.Problem>) change -> showProblems());
        model.conflictProperty().addListener((observable, old, conflict) -> {
            if (conflict != null) {
                resolve(conflict);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(event)) {
                save(false);
                event.consume();
            } else if (showing == null && new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.undo();
                event.consume();
            } else if (showing == null && new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.redo();
                event.consume();
            }
        });
        showProblems();
    }

    public ItemEditorModel model() {
        return model;
    }

    private HBox header() {
        Label title = new Label();
        title.getStyleClass().add("grid-title");
        title.setGraphic(FontIcon.of(Feather.FILE_TEXT));
        // The table's name; the key is the tab's title and, whole, this label's tooltip.
        title.setText(model.tableName());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.createStringBinding(() -> model.tableName() + "  ·  " + keyText(model.current())
                + (model.isNew() ? "  (new)" : ""), model.currentProperty(), model.loadedProperty()));
        title.setTooltip(whole);
        Label readOnly = new Label("read-only");
        readOnly.getStyleClass().add("read-only-badge");
        readOnly.setVisible(model.readOnly());
        readOnly.setManaged(model.readOnly());

        ToggleButton treeView = viewButton("showTree", "Tree", null);
        ToggleButton dynamoView = viewButton("showDynamoJson", "DynamoDB JSON", dynamoJson);
        ToggleButton plainView = viewButton("showPlainJson", "Plain JSON", plainJson);
        treeView.setSelected(true);
        treeView.getStyleClass().add("left-pill");
        dynamoView.getStyleClass().add("center-pill");
        plainView.getStyleClass().add("right-pill");
        views.selectedToggleProperty().addListener((observable, old, now) -> switchView(old, now));
        HBox switcher = new HBox(treeView, dynamoView, plainView);

        Button undo = button("undo", Feather.ROTATE_CCW, null);
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(model.undoTextProperty().get() + " (Ctrl+Z)"),
                model.undoTextProperty()));
        undo.setOnAction(event -> undoRedo(true));
        Button redo = button("redo", Feather.ROTATE_CW, null);
        redo.disableProperty().bind(model.redoTextProperty().isEmpty());
        redo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(model.redoTextProperty().get() + " (Ctrl+Y)"),
                model.redoTextProperty()));
        redo.setOnAction(event -> undoRedo(false));
        // Reload, Delete and Preview as icons (their words in the tooltip): the table's name needs the room.
        Button reload = button("reloadItem", Feather.REFRESH_CW, null);
        reload.setTooltip(new Tooltip("Reload: discard your edits and read the item again"));
        reload.setDisable(model.isNew());
        reload.setOnAction(event -> reload());
        Button delete = button("deleteItem", Feather.TRASH_2, null);
        delete.setTooltip(new Tooltip("Delete this item (asks first)"));
        delete.setDisable(model.readOnly() || model.isNew());
        delete.setOnAction(event -> delete());
        Button preview = button("previewSave", Feather.EYE, null);
        preview.setTooltip(new Tooltip("Preview: show what saving would send, without sending it"));
        preview.setDisable(model.readOnly());
        preview.setOnAction(event -> save(true));
        Button save = button("saveItem", Feather.SAVE, "Save");
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip("Save the changed attributes (Ctrl+S)"));
        save.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(model::readOnly)));
        save.setOnAction(event -> save(false));

        MenuButton code = new MenuButton(null, FontIcon.of(Feather.CODE));
        code.setId("itemCode");
        code.getStyleClass().add("small");
        code.setTooltip(new Tooltip("Copy this item (PutItem) or its key (GetItem) as an AWS CLI command or a program"));
        code.getItems().setAll(
                CodeSnippetMenu.menu("Put this item", "copyEditorItemCode",
                        () -> Optional.of(new SnippetRequest.PutItem(model.tableName(), model.current())), connection),
                CodeSnippetMenu.menu("Get it by its key", "copyEditorKeyCode", this::keyRequest, connection));

        MenuButton compare = new MenuButton(null, FontIcon.of(Feather.COLUMNS));
        compare.setId("compareItem");
        compare.getStyleClass().add("small");
        compare.setTooltip(new Tooltip("Compare this item with another open item, or with the clipboard's JSON"));
        compare.setOnShowing(event -> compare.getItems().setAll(comparisonChoices()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, readOnly, switcher, spacer, compare, code, undo, redo, reload, delete, preview, save);
        header.getStyleClass().add("grid-header");
        // The title gives way in a narrow window; the buttons keep their words.
        for (var node : List.of(readOnly, undo, redo, reload, delete, preview, save, treeView, dynamoView, plainView)) {
            node.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(0);
        switcher.setMinWidth(Region.USE_PREF_SIZE);
        return header;
    }

    /** Where the other open items come from (their tab's name and item as it is now); set by the tab. */
    void setOtherItems(Supplier<List<Map.Entry<String, Item>>> others) {
        this.otherItems = others;
    }

    private List<javafx.scene.control.MenuItem> comparisonChoices() {
        List<javafx.scene.control.MenuItem> choices = new java.util.ArrayList<>();
        javafx.scene.control.MenuItem clipboard = new javafx.scene.control.MenuItem("With the clipboard's JSON");
        clipboard.setId("compareWithClipboard");
        clipboard.setOnAction(event -> {
            String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
            try {
                ItemComparison.show(getScene().getWindow(), "This item", model.current(), "The clipboard",
                        ItemComparison.fromText(text == null ? "" : text, model.current()));
            } catch (dev.dynamodesk.item.DynamoJsonException e) {
                say("The clipboard holds no item in DynamoDB JSON or plain JSON: " + e.getMessage());
            }
        });
        choices.add(clipboard);
        for (Map.Entry<String, Item> other : otherItems.get()) {
            javafx.scene.control.MenuItem choice = new javafx.scene.control.MenuItem("With " + other.getKey());
            choice.setOnAction(event -> ItemComparison.show(getScene().getWindow(), "This item", model.current(), other.getKey(),
                    other.getValue()));
            choices.add(choice);
        }
        return choices;
    }

    /** GetItem of the item's key as it is now; empty while a key attribute is missing. */
    private Optional<SnippetRequest> keyRequest() {
        try {
            return Optional.of(new SnippetRequest.GetItem(model.tableName(), model.info().keyOf(model.current())));
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            return Optional.empty();
        }
    }

    private HBox keyNotice() {
        Label notice = new Label("The key changed: saving creates the item under the new key and deletes the old one,"
                + " in one transaction (only if the new key is free and the old item is unchanged).");
        notice.setWrapText(true);
        HBox banner = new HBox(8, FontIcon.of(Feather.INFO), notice);
        banner.setId("keyChangedNotice");
        banner.getStyleClass().add("info-banner");
        var changed = Bindings.createBooleanBinding(model::keyChanged, model.currentProperty(), model.loadedProperty());
        banner.visibleProperty().bind(changed);
        banner.managedProperty().bind(changed);
        return banner;
    }

    private VBox footer() {
        status.setId("editorStatus");
        status.getStyleClass().add("grid-status");
        status.setWrapText(true);
        model.statusProperty().addListener((observable, old, text) -> status.setText(text));
        Label size = new Label();
        size.setId("itemSize");
        size.getStyleClass().add("grid-status");
        size.textProperty().bind(Bindings.createStringBinding(() -> sizeText(model.current()), model.currentProperty()));
        problems.setId("editorProblems");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, status, spacer, size);
        VBox footer = new VBox(4, problems, line);
        footer.getStyleClass().add("grid-footer");
        return footer;
    }

    /** Shows a message in the status line (an empty one clears it). */
    void say(String text) {
        status.setText(text);
    }

    private void showProblems() {
        problems.getChildren().clear();
        for (ItemValidation.Problem problem : model.problems()) {
            Label label = new Label(problem.toString(), FontIcon.of(Feather.ALERT_TRIANGLE));
            label.getStyleClass().add("builder-problem");
            label.setWrapText(true);
            problems.getChildren().add(label);
        }
    }

    /** Leaving a text view turns its text into an edit; a text that cannot be read keeps the view. */
    private void switchView(Toggle old, Toggle now) {
        if (now == null) {
            old.setSelected(true);
            return;
        }
        if (!commitText()) {
            Platform.runLater(() -> old.setSelected(true));
            return;
        }
        showing = (JsonPane) now.getUserData();
        if (showing == null) {
            setCenter(tree);
        } else {
            showing.show(showing == dynamoJson ? DynamoJson.write(model.current(), true) : PlainJson.write(model.current(), true));
            setCenter(showing);
        }
    }

    /** Reads the text view shown into the item; false (and a message) when it cannot be read. */
    private boolean commitText() {
        if (showing == null || !showing.edited()) {
            return true;
        }
        try {
            Item item = showing.read().item();
            String error = model.edit(showing == dynamoJson ? "Edit as DynamoDB JSON" : "Edit as plain JSON", current -> item);
            if (error != null) {
                say(error);
                return false;
            }
            showing.show(showing == dynamoJson ? DynamoJson.write(item, true) : PlainJson.write(item, true));
            return true;
        } catch (DynamoJsonException e) {
            say("Fix the text first — " + e.getMessage() + ". Nothing you typed is lost.");
            return false;
        }
    }

    private void undoRedo(boolean undo) {
        if (!commitText()) {
            return;
        }
        if (undo) {
            model.undo();
        } else {
            model.redo();
        }
        if (showing != null) {
            showing.show(showing == dynamoJson ? DynamoJson.write(model.current(), true) : PlainJson.write(model.current(), true));
        }
    }

    /** Saves; shows the request first when asked to or when the setting says always. */
    private void save(boolean showFirst) {
        if (model.readOnly() || model.busyProperty().get() || !commitText()) {
            return;
        }
        if (!model.problems().isEmpty()) {
            say("Fix what is listed above before saving: DynamoDB would refuse it.");
            return;
        }
        SavePlan plan = model.plan();
        if (plan == null || plan.kind() == SavePlan.Kind.NOTHING) {
            say("Nothing has changed.");
            return;
        }
        if ((showFirst || alwaysPreview.get()) && !SavePreviewDialog.confirm(window(), plan, alwaysPreview)) {
            return;
        }
        model.save(plan);
    }

    private void resolve(SaveOutcome.Conflict conflict) {
        ConflictDialog.ask(window(), conflict.reason(), conflict.current(), model.current(), model.loadedProperty().get(),
                        conflict.keyTaken())
                .ifPresent(decision -> {
                    switch (decision.choice()) {
                        case RELOAD -> model.reload();
                        case OVERWRITE -> model.overwrite();
                        case MERGE -> model.rebase(conflict.current(), decision.merged());
                    }
                    if (showing != null) {
                        showing.show(showing == dynamoJson ? DynamoJson.write(model.current(), true)
                                : PlainJson.write(model.current(), true));
                    }
                });
    }

    private void reload() {
        if (model.dirtyProperty().get() && !model.isNew() && !confirm("Discard your edits and read the item again?")) {
            return;
        }
        model.reload();
    }

    private void delete() {
        if (confirm("Delete this item from " + model.tableName() + "? This cannot be undone.")) {
            model.delete(deleted -> say(deleted ? "Deleted. Close the tab, or save to create it again."
                    : "It was already deleted by someone else."));
        }
    }

    private boolean confirm(String question) {
        return DialogService.current().confirm(window(), DialogService.Question.of("editorQuestion", null, question));
    }

    private ToggleButton viewButton(String id, String text, JsonPane pane) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(pane);
        button.setToggleGroup(views);
        button.getStyleClass().add("small");
        return button;
    }

    private static Button button(String id, Feather icon, String text) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.getStyleClass().add("small");
        return button;
    }

    private String keyText(Item item) {
        StringBuilder text = new StringBuilder();
        for (var key : model.keys()) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(item.get(key.name()) == null ? "?" : ValueSummary.of(item.get(key.name()), 40));
        }
        return text.toString();
    }

    private static String sizeText(Item item) {
        long bytes = ItemSize.of(item);
        return String.format("%,d bytes of %,d (DynamoDB's count)", bytes, ItemSize.LIMIT);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
