package dev.dynamodesk.ui.console;

import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.dynamo.partiql.Completions;
import dev.dynamodesk.dynamo.partiql.PartiqlScript;
import dev.dynamodesk.dynamo.partiql.ScriptStatement;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import dev.dynamodesk.ui.common.CodeSnippetMenu;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A connection's PartiQL console: the script with its toolbar and parameters above, results
 * below, history and saved scripts at the side. Ctrl+Enter runs the statement at the caret (or
 * the selection), Ctrl+Shift+Enter the whole script; Ctrl+Space completes, Ctrl+/ comments,
 * Ctrl+F finds, Ctrl+H replaces.
 */
public final class ConsoleView extends BorderPane {
    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RUN_ALL = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final ConsoleViewModel model;
    private final StatementEditor editor;
    private final FindBar findBar;
    private final ResultsPane results;
    private final SidePanel side;
    private final PauseTransition keepDraft = new PauseTransition(Duration.seconds(1));

    public ConsoleView(ConsoleViewModel model, TaskRunner tasks, ConsoleViewModel.ItemOpener opener) {
        this.model = model;
        setId("consoleView");
        getStyleClass().add("console-view");
        editor = new StatementEditor(tasks, model.catalog());
        model.catalog().onLoaded(() -> {
            if (editor.completion().isShowing()) {
                editor.completion().refresh();
            }
        });
        findBar = new FindBar(editor.area());
        results = new ResultsPane(model, tasks, (run, item) -> model.openItem(run, item, opener), this::goTo);
        side = new SidePanel(model, sideActions());
        ParameterPanel parameters = new ParameterPanel(model.parameters());
        parameters.setPrefWidth(270);

        PauseTransition parametersSoon = new PauseTransition(Duration.millis(300));
        parametersSoon.setOnFinished(event -> model.parameters().update(editor.text()));
        editor.area().plainTextChanges().subscribe(change -> {
            parametersSoon.playFromStart();
            keepDraft.playFromStart();
        });
        keepDraft.setOnFinished(event -> saveDraft());

        BorderPane script = new BorderPane(editor);
        script.setTop(findBar);
        script.setRight(parameters);
        SplitPane vertical = new SplitPane(script, results);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.42);
        vertical.setId("consoleSplit");
        SplitPane horizontal = new SplitPane(vertical, side);
        horizontal.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(side, false);

        setTop(toolbar(horizontal, side));
        setCenter(horizontal);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);

        String draft = model.library().draft(model.connectionKey());
        editor.setText(draft.isBlank() ? starter() : draft, () -> model.parameters().update(editor.text()));
    }

    StatementEditor editor() {
        return editor;
    }

    ResultsPane results() {
        return results;
    }

    public ConsoleViewModel model() {
        return model;
    }

    /** Adds a statement for a table at the end of the script and puts the caret after it. */
    public void startStatementFor(String table) {
        editor.insertStatement("SELECT * FROM " + Completions.name(table, false) + " WHERE ");
        editor.area().requestFocus();
    }

    /** Puts the caret in the script, at its end. */
    public void focusEditor() {
        editor.area().requestFocus();
    }

    /** Where a SELECT's "Export…" goes: the window's export, with this connection. */
    /** Where "Change or delete in bulk…" on a SELECT's results goes: the table and the rows. */
    public void onChangeInBulk(java.util.function.BiConsumer<String, java.util.List<dev.dynamodesk.item.Item>> change) {
        results.onChangeInBulk(change);
    }

    public void onExport(java.util.function.Consumer<dev.dynamodesk.dynamo.partiql.BoundStatement> export) {
        results.onExport(export);
    }

    /** Keeps the script for next time (the console is closing, or the app). */
    public void saveDraft() {
        model.library().saveDraft(model.connectionKey(), editor.text());
    }

    private HBox toolbar(SplitPane horizontal, SidePanel panel) {
        Button run = button("runStatement", "Run", Feather.PLAY, "Run the statement at the caret, or the selection (Ctrl+Enter)");
        run.getStyleClass().add("run-button");
        run.setOnAction(event -> run());
        Button runAll = button("runAll", "Run all", Feather.FAST_FORWARD, "Run every statement in turn (Ctrl+Shift+Enter)");
        runAll.setOnAction(event -> model.runAll(editor.text()));
        Button transaction = button("runTransaction", "As transaction", Feather.LOCK,
                "Run the selected statements (or all) with ExecuteTransaction: all or nothing, at most 100");
        transaction.setOnAction(event -> runGroup(true));
        Button batch = button("runBatch", "As batch", Feather.LAYERS,
                "Run the selected statements (or all) with BatchExecuteStatement: each on its own, at most 25");
        batch.setOnAction(event -> runGroup(false));
        Button stop = button("stopStatement", "Stop", Feather.SQUARE, "Stop what is running");
        stop.setOnAction(event -> model.cancel());
        stop.disableProperty().bind(model.busyProperty().not());
        run.disableProperty().bind(model.busyProperty());
        runAll.disableProperty().bind(model.busyProperty());
        transaction.disableProperty().bind(model.busyProperty());
        batch.disableProperty().bind(model.busyProperty());

        Button find = button("findInScript", null, Feather.SEARCH, "Find and replace (Ctrl+F, Ctrl+H)");
        find.setOnAction(event -> findBar.open(false));
        Button comment = button("toggleComment", null, Feather.HASH, "Comment or uncomment lines (Ctrl+/)");
        comment.setOnAction(event -> editor.toggleComment());
        Button complete = button("completeHere", null, Feather.ZAP, "Complete (Ctrl+Space)");
        complete.setOnAction(event -> {
            editor.area().requestFocus();
            editor.completion().show();
        });

        Label message = new Label();
        message.setId("consoleMessage");
        message.getStyleClass().add("console-message");
        message.textProperty().bind(model.messageProperty());
        ToggleButton sideToggle = new ToggleButton(null, FontIcon.of(Feather.SIDEBAR));
        sideToggle.setId("toggleSidePanel");
        sideToggle.setTooltip(new Tooltip("History and saved scripts"));
        sideToggle.setSelected(true);
        sideToggle.selectedProperty().addListener((observable, old, shown) -> {
            if (shown) {
                horizontal.getItems().add(panel);
                horizontal.setDividerPositions(0.74);
            } else {
                horizontal.getItems().remove(panel);
            }
        });

        MenuButton code = new MenuButton(null, FontIcon.of(Feather.CODE));
        code.setId("consoleCode");
        code.getStyleClass().add("small");
        code.setTooltip(new Tooltip("Copy the statement at the caret, with its parameters, as an AWS CLI command or a program"));
        code.getItems().setAll(CodeSnippetMenu.items("copyStatementCode", () -> {
            var selection = editor.selection();
            return model.snippetAt(editor.text(), editor.caret(), selection.getStart(), selection.getEnd());
        }, () -> model.connection().profile()));

        // The message is not a tool bar item: a long one must shorten itself, not push buttons into the overflow.
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> message.getText().isEmpty() ? null : new Tooltip(message.getText()), message.textProperty()));
        ToolBar bar = new ToolBar(run, runAll, transaction, batch, stop, new Separator(), find, comment, complete, code);
        if (model.readOnly()) {
            Label readOnly = new Label("Read-only: SELECT only", FontIcon.of(Feather.LOCK));
            readOnly.setId("consoleReadOnly");
            readOnly.getStyleClass().add("read-only-badge");
            bar.getItems().add(readOnly);
        }
        ToolBar right = new ToolBar(sideToggle);
        HBox row = new HBox(bar, message, right);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add("console-toolbar-row");
        bar.setId("consoleToolbar");
        return row;
    }

    private void shortcuts(KeyEvent event) {
        if (RUN_ALL.match(event)) {
            model.runAll(editor.text());
        } else if (RUN.match(event)) {
            run();
        } else if (FIND.match(event)) {
            findBar.open(false);
        } else if (REPLACE.match(event)) {
            findBar.open(true);
        } else {
            return;
        }
        event.consume();
    }

    private void run() {
        if (model.busyProperty().get()) {
            return;
        }
        var selection = editor.selection();
        model.run(editor.text(), editor.caret(), selection.getStart(), selection.getEnd());
    }

    private void runGroup(boolean transaction) {
        var selection = editor.selection();
        model.runGroup(editor.text(), selection.getStart(), selection.getEnd(), transaction);
    }

    /** Marks a problem's place in the script and moves the caret there. */
    private void goTo(int position, int length) {
        editor.markProblem(position, length);
        editor.area().requestFocus();
    }

    private SidePanel.Actions sideActions() {
        return new SidePanel.Actions() {
            @Override
            public void reuse(ConsoleLibrary.HistoryEntry entry, boolean run) {
                editor.insertStatement(entry.statement());
                String script = editor.text();
                model.parameters().update(script);
                List<ScriptStatement> statements = PartiqlScript.statements(script);
                ScriptStatement inserted = statements.get(statements.size() - 1);
                List<DynamoValue> values = SidePanel.parameters(entry);
                var slots = model.parameters().slotsOf(script, inserted);
                for (int i = 0; i < slots.size() && i < values.size(); i++) {
                    slots.get(i).set(values.get(i));
                }
                if (run) {
                    model.run(script, script.length(), 0, 0);
                }
            }

            @Override
            public String script() {
                return editor.text();
            }

            @Override
            public void replaceScript(String text) {
                if (!editor.text().isBlank() && !editor.text().equals(starter())) {
                    if (!DialogService.current().confirm(getScene().getWindow(), DialogService.Question.of("replaceConsoleScript",
                            null, "Replace the console's script? Save it first to keep it.").yes("Replace"))) {
                        return;
                    }
                }
                editor.setText(text);
            }
        };
    }

    /** What a new console shows: how to use it, in comments. */
    private static String starter() {
        return """
                -- PartiQL for DynamoDB. Ctrl+Enter runs the statement at the caret (or the selection),
                -- Ctrl+Shift+Enter runs them all. Ctrl+Space completes table and attribute names.
                -- ? marks take their values from the Parameters panel.
                """;
    }

    private static Button button(String id, String text, Feather icon, String tooltip) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
