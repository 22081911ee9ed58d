package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.partiql.GroupResult;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.PlainJson;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.dynamo.partiql.BoundStatement;
import dev.dynamodesk.dynamo.partiql.StatementShape;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The console's results: a list of what ran (newest last) and the selected one in detail: its
 * summary and paging buttons, its problem (with a link to the place in the script), a
 * transaction's or batch's statement-by-statement outcome, and its items as a grid, DynamoDB JSON
 * or plain JSON.
 */
final class ResultsPane extends SplitPane {
    /** The JSON views show this many items at most; the grid shows all. */
    static final int JSON_ITEMS = 1_000;

    private final ConsoleViewModel model;
    private final TaskRunner tasks;
    private final ListView<StatementRun> runList = new ListView<>();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final VBox problemBox = new VBox(4);
    private final ListView<String> outcomes = new ListView<>();
    private final ResultGrid grid;
    private final CodeArea dynamoJson = jsonArea("resultDynamoJson");
    private final CodeArea plainJson = jsonArea("resultPlainJson");
    private final TabPane views = new TabPane();
    private final ListChangeListener<Item> itemsChanged = change -> refreshJson();
    private final ChangeListener<Object> runChanged = (observable, old, now) -> showDetails();
    private StatementRun shown;
    private Consumer<BoundStatement> exporter;
    private BiConsumer<Integer, Integer> goTo;

    ResultsPane(ConsoleViewModel model, TaskRunner tasks, BiConsumer<StatementRun, Item> open,
            BiConsumer<Integer, Integer> goTo) {
        this.model = model;
        this.tasks = tasks;
        setId("resultsPane");
        getStyleClass().add("results-pane");
        grid = new ResultGrid(item -> open.accept(shown, item));

        runList.setId("runList");
        runList.getStyleClass().add("run-list");
        runList.setItems(model.runs());
        runList.setCellFactory(list -> new RunCell());
        // A run's icon follows how it went, for runs shown or not.
        model.runs().addListener((ListChangeListener<StatementRun>) change -> {
            while (change.next()) {
                for (StatementRun added : change.getAddedSubList()) {
                    added.loadingProperty().addListener((observable, old, now) -> runList.refresh());
                    added.problemProperty().addListener((observable, old, now) -> runList.refresh());
                }
            }
        });
        Label empty = new Label("Results appear here.\nCtrl+Enter runs the statement at the caret.");
        empty.getStyleClass().add("empty-state-text");
        empty.setWrapText(true);
        empty.setMaxWidth(180);
        runList.setPlaceholder(empty);
        runList.getSelectionModel().selectedItemProperty().addListener((observable, old, run) -> {
            if (run != null && run != model.selectedProperty().get()) {
                model.selectedProperty().set(run);
            }
        });
        model.selectedProperty().addListener((observable, old, run) -> {
            runList.getSelectionModel().select(run);
            if (run != null) {
                runList.scrollTo(run);
            }
            show(run, goTo);
        });

        title.setId("runTitle");
        title.getStyleClass().add("run-title");
        summary.setId("runSummary");
        summary.getStyleClass().add("run-summary");
        problemBox.setId("runProblem");
        problemBox.getStyleClass().add("run-problem");
        outcomes.setId("groupOutcomes");
        outcomes.setPrefHeight(120);

        Tab gridTab = new Tab("Grid", grid.view());
        Tab dynamoTab = new Tab("DynamoDB JSON", new VirtualizedScrollPane<>(dynamoJson));
        Tab plainTab = new Tab("JSON", new VirtualizedScrollPane<>(plainJson));
        views.getTabs().addAll(gridTab, dynamoTab, plainTab);
        views.setId("resultViews");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) -> refreshJson());

        BorderPane detail = new BorderPane();
        detail.setTop(new VBox(6, header(), problemBox, outcomes));
        detail.setCenter(views);
        detail.getStyleClass().add("run-detail");
        getItems().addAll(runList, detail);
        setDividerPositions(0.24);
        SplitPane.setResizableWithParent(runList, false);
        show(null, goTo);
    }

    /** Bulk changes of the shown SELECT's rows, in its table; offered when the run has one and the connection writes. */
    void onChangeInBulk(java.util.function.BiConsumer<String, List<Item>> change) {
        grid.onChangeInBulk(rows -> {
            if (shown != null && shown.table() != null) {
                change.accept(shown.table(), rows);
            }
        }, () -> shown != null && shown.table() != null && !model.readOnly());
    }

    /** Where "Export…" sends a SELECT run's statement. */
    void onExport(Consumer<BoundStatement> export) {
        this.exporter = export;
    }

    ResultGrid grid() {
        return grid;
    }

    /** The statement with the paging buttons beside it, and the summary on a full line of its own below. */
    private VBox header() {
        Button more = button("loadMore", "Load more", Feather.CHEVRONS_DOWN);
        more.setOnAction(event -> model.loadMore(shown));
        Button all = button("loadAll", "Load all", Feather.DOWNLOAD);
        all.setOnAction(event -> model.loadAll(shown));
        Button export = button("exportResults", "Export…", Feather.UPLOAD);
        export.setTooltip(new javafx.scene.control.Tooltip("Export every item this SELECT returns to a file"));
        export.setOnAction(event -> {
            if (shown != null && exporter != null) {
                exporter.accept(shown.statement());
            }
        });
        export.setUserData("select");
        Button stop = button("stopRun", "Stop", Feather.SQUARE);
        stop.setOnAction(event -> model.cancel());
        stop.visibleProperty().bind(model.busyProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        more.setUserData("paging");
        all.setUserData("paging");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        summary.setMinWidth(0);
        summary.setWrapText(true);
        for (Button button : List.of(more, all, export, stop)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox top = new HBox(8, title, more, all, export, stop);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, top, summary);
        header.getStyleClass().add("run-header");
        header.setId("runHeader");
        return header;
    }

    private void show(StatementRun run, BiConsumer<Integer, Integer> goTo) {
        if (shown != null) {
            shown.items().removeListener(itemsChanged);
            shown.summaryProperty().removeListener(runChanged);
            shown.problemProperty().removeListener(runChanged);
            shown.groupProperty().removeListener(runChanged);
            shown.loadingProperty().removeListener(runChanged);
        }
        shown = run;
        this.goTo = goTo;
        if (run == null) {
            title.setText("No result yet");
            title.setTooltip(null);
            summary.setText("");
            grid.show(FXCollections.observableArrayList(), List.of());
            showDetails();
            return;
        }
        run.items().addListener(itemsChanged);
        run.summaryProperty().addListener(runChanged);
        run.problemProperty().addListener(runChanged);
        run.groupProperty().addListener(runChanged);
        run.loadingProperty().addListener(runChanged);
        title.setText(run.title());
        title.setTooltip(new Tooltip(run.title()));
        grid.show(run.items(), keysOf(run));
        showDetails();
        refreshJson();
    }

    private List<String> keysOf(StatementRun run) {
        var services = model.connection().services();
        if (services == null || run.table() == null) {
            return List.of();
        }
        return services.schemas().cachedInfo(run.table()).map(info -> info.keyNames()).orElse(List.of());
    }

    private void showDetails() {
        StatementRun run = shown;
        summary.setText(run == null ? "" : run.summaryProperty().get());
        boolean paging = run != null && run.hasMore() && !run.loadingProperty().get() && !run.isGroup();
        lookupAll(".button").stream().filter(node -> "paging".equals(node.getUserData()))
                .forEach(node -> node.setDisable(!paging));
        boolean select = run != null && !run.isGroup() && run.kind() == StatementShape.Kind.SELECT
                && run.problemProperty().get() == null && exporter != null;
        lookupAll(".button").stream().filter(node -> "select".equals(node.getUserData()))
                .forEach(node -> {
                    node.setVisible(select);
                    node.setManaged(select);
                });
        problemBox.getChildren().clear();
        StatementRun.Problem problem = run == null ? null : run.problemProperty().get();
        problemBox.setVisible(problem != null);
        problemBox.setManaged(problem != null);
        if (problem != null) {
            Label explanation = new Label(problem.explanation());
            explanation.setId("problemText");
            explanation.setWrapText(true);
            explanation.getStyleClass().add("problem-text");
            explanation.setGraphic(FontIcon.of(Feather.ALERT_TRIANGLE));
            problemBox.getChildren().add(explanation);
            if (!problem.serverMessage().isBlank()) {
                Label server = new Label("DynamoDB said: " + problem.serverMessage());
                server.setWrapText(true);
                server.getStyleClass().add("problem-server");
                problemBox.getChildren().add(server);
            }
            HBox links = new HBox(12);
            if (problem.scriptPosition() >= 0 && goTo != null) {
                Hyperlink go = new Hyperlink("Show in the script");
                go.setId("goToProblem");
                go.setOnAction(event -> goTo.accept(problem.scriptPosition(), problem.length()));
                links.getChildren().add(go);
            }
            if (!problem.details().isBlank()) {
                Hyperlink details = new Hyperlink("Details…");
                details.setOnAction(event -> DialogService.current().error(getScene().getWindow(), "Statement failed",
                        new ErrorMessages.UserError(problem.explanation(), problem.details())));
                links.getChildren().add(details);
            }
            problemBox.getChildren().add(links);
        }
        GroupResult group = run == null ? null : run.groupProperty().get();
        outcomes.setVisible(group != null);
        outcomes.setManaged(group != null);
        if (group != null) {
            outcomes.getItems().setAll(describe(run, group));
        }
    }

    private static List<String> describe(StatementRun run, GroupResult group) {
        Function<Integer, String> line = i -> {
            GroupResult.Outcome outcome = group.outcomes().get(i);
            String statement = ConsoleSelection.title(run.statements().get(i).text());
            String result = outcome.failed() ? "✗ " + outcome.message()
                    : group.committed() ? "✓" + (outcome.item() != null ? " 1 item" : "") : "not applied (the transaction was cancelled)";
            return (i + 1) + ". " + statement + " — " + result;
        };
        return IntStream.range(0, group.outcomes().size()).mapToObj(line::apply).toList();
    }

    /** Fills the JSON view that is showing, in the background; the first items only. */
    private void refreshJson() {
        Tab tab = views.getSelectionModel().getSelectedItem();
        if (shown == null || tab == null || tab.getContent() == grid.view()) {
            return;
        }
        boolean dynamo = views.getSelectionModel().getSelectedIndex() == 1;
        List<Item> items = List.copyOf(shown.items().subList(0, Math.min(JSON_ITEMS, shown.items().size())));
        int total = shown.items().size();
        CodeArea area = dynamo ? dynamoJson : plainJson;
        tasks.task("Writing results as JSON", context -> {
            String text = dynamo
                    ? items.stream().map(item -> DynamoJson.write(item, false)).collect(Collectors.joining("\n"))
                    : items.stream().map(item -> PlainJson.write(item, true)).collect(Collectors.joining(",\n", "[\n", "\n]"));
            return total > items.size() ? text + "\n\n// The first " + items.size() + " of " + total
                    + " items. Copy rows from the grid for all of them." : text;
        }).quiet().onSuccess(text -> {
            area.replaceText(text);
            area.moveTo(0);
            area.requestFollowCaret();
        }).start();
    }

    private static CodeArea jsonArea(String id) {
        CodeArea area = new CodeArea();
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("json-area");
        return area;
    }

    private static Button button(String id, String text, Feather icon) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        return button;
    }

    /** A run in the list: an icon for how it went, its statement and its summary. */
    private static final class RunCell extends ListCell<StatementRun> {
        @Override
        protected void updateItem(StatementRun run, boolean empty) {
            super.updateItem(run, empty);
            textProperty().unbind();
            if (empty || run == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = FontIcon.of(run.problemProperty().get() != null ? Feather.X_CIRCLE
                    : run.loadingProperty().get() ? Feather.LOADER : Feather.CHECK_CIRCLE);
            icon.getStyleClass().add(run.problemProperty().get() != null ? "run-failed" : "run-ok");
            Label name = new Label(run.title());
            name.getStyleClass().add("run-name");
            Label detail = new Label();
            detail.textProperty().bind(run.summaryProperty());
            detail.getStyleClass().add("run-detail-text");
            VBox text = new VBox(1, name, detail);
            text.setMinWidth(0);
            name.setMinWidth(0);
            detail.setMinWidth(0);
            HBox row = new HBox(6, icon, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.setMinWidth(0);
            // Cells as wide as the list, so long statements end in "…" rather than scroll sideways.
            setPrefWidth(0);
            setText(null);
            setGraphic(row);
        }
    }
}
