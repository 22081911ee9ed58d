package dev.dynamodesk.ui.console;

import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.DynamoValue;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The console's side panel: the history of what ran on this connection (searchable; double-click
 * puts a statement back in the script with its parameters, "Run again" runs it) and saved scripts.
 */
final class SidePanel extends TabPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** What the panel asks of the console. */
    interface Actions {
        /** Puts a statement (and its parameters, as DynamoDB JSON) into the script; runs it when asked. */
        void reuse(ConsoleLibrary.HistoryEntry entry, boolean run);

        String script();

        void replaceScript(String text);
    }

    private final ConsoleViewModel model;
    private final Actions actions;
    private final ObservableList<String> scriptNames = FXCollections.observableArrayList();

    SidePanel(ConsoleViewModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
        setId("consoleSidePanel");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(new Tab("History", history()), new Tab("Scripts", scripts()));
        setPrefWidth(320);
        setMinWidth(250);
    }

    private VBox history() {
        TextField search = new TextField();
        search.setId("historySearch");
        search.setPromptText("Search history");
        FilteredList<ConsoleLibrary.HistoryEntry> shown = new FilteredList<>(model.history());
        search.textProperty().addListener((observable, old, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : entry -> entry.statement().toLowerCase(Locale.ROOT).contains(needle)
                    || entry.outcome().toLowerCase(Locale.ROOT).contains(needle));
        });
        ListView<ConsoleLibrary.HistoryEntry> list = new ListView<>(shown);
        list.setId("historyList");
        list.setCellFactory(view -> new HistoryCell());
        Label empty = new Label("Statements you run are kept here.");
        empty.getStyleClass().add("empty-state-text");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                actions.reuse(list.getSelectionModel().getSelectedItem(), false);
            }
        });
        Button insert = new Button("Insert", FontIcon.of(Feather.CORNER_DOWN_LEFT));
        insert.setTooltip(new Tooltip("Put the statement, with its parameters, at the end of the script (double-click)"));
        insert.setId("historyInsert");
        insert.setOnAction(event -> selected(list).ifPresent(entry -> actions.reuse(entry, false)));
        Button again = new Button("Run", FontIcon.of(Feather.PLAY));
        again.setTooltip(new Tooltip("Put the statement at the end of the script and run it"));
        again.setId("historyRun");
        again.setOnAction(event -> selected(list).ifPresent(entry -> actions.reuse(entry, true)));
        Button clear = new Button(null, FontIcon.of(Feather.TRASH_2));
        clear.setId("historyClear");
        clear.setTooltip(new Tooltip("Forget this connection's history"));
        clear.setOnAction(event -> {
            if (DialogService.current().confirm(getScene().getWindow(), DialogService.Question.of("clearHistory", null,
                    "Forget every statement run on this connection?"))) {
                model.clearHistory();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox buttons = new HBox(6, insert, again, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, search, list, buttons);
        box.getStyleClass().add("side-panel-box");
        return box;
    }

    private VBox scripts() {
        scriptNames.setAll(model.library().scripts().keySet());
        ListView<String> list = new ListView<>(scriptNames);
        list.setId("scriptList");
        Label empty = new Label("Save the script to keep it here.");
        empty.getStyleClass().add("empty-state-text");
        list.setPlaceholder(empty);
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        Button save = new Button("Save…", FontIcon.of(Feather.SAVE));
        save.setTooltip(new Tooltip("Save the console's script under a name"));
        save.setId("saveScript");
        save.setOnAction(event -> saveScript(list.getSelectionModel().getSelectedItem()));
        Button open = new Button("Open", FontIcon.of(Feather.FOLDER));
        open.setId("openScript");
        open.setOnAction(event -> open(list.getSelectionModel().getSelectedItem()));
        Button delete = new Button(null, FontIcon.of(Feather.TRASH_2));
        delete.setId("deleteScript");
        delete.setOnAction(event -> {
            String name = list.getSelectionModel().getSelectedItem();
            if (name != null) {
                model.library().deleteScript(name);
                scriptNames.setAll(model.library().scripts().keySet());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox buttons = new HBox(6, save, open, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, list, buttons);
        box.getStyleClass().add("side-panel-box");
        return box;
    }

    /** Saves the script under a name (the selected one offered); asks before replacing another. */
    void saveScript(String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested == null ? "" : suggested);
        dialog.setTitle("Save script");
        dialog.setHeaderText("Save the console's script as");
        dialog.getEditor().setId("scriptName");
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> {
            if (model.library().scripts().containsKey(name) && !name.equals(suggested)) {
                if (!DialogService.current().confirm(getScene().getWindow(), DialogService.Question.of("replaceScript", null,
                        "A script named " + name + " exists. Replace it?"))) {
                    return;
                }
            }
            model.library().saveScript(name, actions.script());
            scriptNames.setAll(model.library().scripts().keySet());
            getSelectionModel().select(1);
        });
    }

    private void open(String name) {
        if (name != null) {
            actions.replaceScript(model.library().scripts().getOrDefault(name, ""));
        }
    }

    private static <T> Optional<T> selected(ListView<T> list) {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Parameters of a history entry, read back; entries with unreadable ones get none. */
    static List<DynamoValue> parameters(ConsoleLibrary.HistoryEntry entry) {
        try {
            List<DynamoValue> values = new ArrayList<>();
            for (String json : entry.parameters()) {
                values.add(DynamoJson.parseValue(json));
            }
            return values;
        } catch (DynamoJsonException unreadable) {
            return List.of();
        }
    }

    /** When, how it went, and the statement. */
    private static final class HistoryCell extends ListCell<ConsoleLibrary.HistoryEntry> {
        @Override
        protected void updateItem(ConsoleLibrary.HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = FontIcon.of(entry.failed() ? Feather.X_CIRCLE : Feather.CHECK_CIRCLE);
            icon.getStyleClass().add(entry.failed() ? "run-failed" : "run-ok");
            Label when = new Label(WHEN.format(Instant.ofEpochMilli(entry.at())) + " · " + entry.outcome());
            when.getStyleClass().add("run-detail-text");
            Label statement = new Label(ConsoleSelection.title(entry.statement()));
            statement.getStyleClass().add("run-name");
            VBox text = new VBox(1, statement, when);
            text.setMinWidth(0);
            statement.setMinWidth(0);
            when.setMinWidth(0);
            HBox row = new HBox(6, icon, text);
            row.setMinWidth(0);
            setPrefWidth(0);
            setTooltip(new Tooltip(entry.statement()));
            setText(null);
            setGraphic(row);
        }
    }
}
