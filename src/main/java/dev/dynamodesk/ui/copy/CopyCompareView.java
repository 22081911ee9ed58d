package dev.dynamodesk.ui.copy;

import dev.dynamodesk.ui.common.TextColumns;
import dev.dynamodesk.dynamo.copy.TableCopier;
import dev.dynamodesk.ui.common.Buttons;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.SideBySide;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

/** The copy and compare page of one table: the other side, Copy or Compare, and the differences with both sides of each. */
public final class CopyCompareView extends BorderPane {
    private final CopyCompareViewModel model;
    private final FilteredList<DifferenceRow> shown;
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField attribute = new TextField();
    private TransformJobView transforms;

    public CopyCompareView(CopyCompareViewModel model) {
        this.model = model;
        this.shown = new FilteredList<>(model.differences());
        setId("copyCompareView");
        setTop(form());
        // Below the form: the differences of a comparison, or the transformers' preview while they are open.
        javafx.scene.control.Tab differencesTab = new javafx.scene.control.Tab("Differences", results());
        javafx.scene.control.Tab previewTab = new javafx.scene.control.Tab("Before and after the transformers", transforms.previewTable());
        previewTab.setId("previewTab");
        javafx.scene.control.TabPane lower = new javafx.scene.control.TabPane(differencesTab, previewTab);
        lower.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        transforms.expandedProperty().addListener((observable, was, open) -> lower.getSelectionModel().select(open ? previewTab : differencesTab));
        model.comparisonProperty().addListener((observable, was, now) -> lower.getSelectionModel().select(differencesTab));
        setCenter(lower);
    }

    private VBox form() {
        Label title = new Label("Copy or compare " + model.table() + " · " + model.source().profile().name());
        title.getStyleClass().add("grid-title");
        ComboBox<ConnectionViewModel> other = new ComboBox<>(model.connections());
        other.setId("otherConnection");
        other.valueProperty().bindBidirectional(model.targetProperty());
        other.setCellFactory(list -> new ConnectionCell());
        other.setButtonCell(new ConnectionCell());
        TextField table = new TextField();
        table.setId("otherTable");
        table.textProperty().bindBidirectional(model.targetTableProperty());
        CheckBox create = fixed(new CheckBox("Create the table as this one"));
        create.setTooltip(new javafx.scene.control.Tooltip("The same keys, indexes with their projections, billing mode and TTL"));
        create.setId("createOtherTable");
        create.selectedProperty().bindBidirectional(model.createTableProperty());
        create.selectedProperty().addListener((observable, was, now) -> {
            if (now) {
                model.previewCreate();
            }
        });
        TextArea request = new TextArea();
        request.setId("createRequest");
        request.setEditable(false);
        request.setPrefRowCount(6);
        request.getStyleClass().add("request-json");
        request.textProperty().bind(model.requestProperty());
        request.visibleProperty().bind(create.selectedProperty());
        request.managedProperty().bind(request.visibleProperty());
        ComboBox<TableCopier.IfExists> ifExists = new ComboBox<>();
        ifExists.setId("ifExists");
        ifExists.getItems().setAll(TableCopier.IfExists.values());
        ifExists.valueProperty().bindBidirectional(model.ifExistsProperty());
        ifExists.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TableCopier.IfExists mode) {
                return mode == null ? "" : switch (mode) {
                    case OVERWRITE -> "overwrite it";
                    case SKIP -> "skip it (put only if the key is free)";
                    case FAIL -> "stop the copy";
                };
            }

            @Override
            public TableCopier.IfExists fromString(String text) {
                return null;
            }
        });
        Button copy = Buttons.of("Copy", "copyTable", Feather.COPY, model::copy);
        Button compare = Buttons.of("Compare", "compareTables", Feather.COLUMNS, model::compare);
        Button stop = Buttons.of("Stop", "stopCopyCompare", Feather.SQUARE, model::stop);
        copy.disableProperty().bind(model.busyProperty());
        compare.disableProperty().bind(model.busyProperty());
        stop.disableProperty().bind(model.busyProperty().not());
        HBox side = new HBox(8, fixed(new Label("Other side")), other, fixed(new Label("table")), table);
        side.setAlignment(Pos.CENTER_LEFT);
        TextField rate = new TextField();
        rate.setId("copyRate");
        rate.setPromptText("items/s (no limit)");
        rate.setPrefColumnCount(8);
        rate.textProperty().bindBidirectional(model.rateProperty());
        HBox options = new HBox(8, create, fixed(new Label("An item already there:")), ifExists, fixed(new Label("Rate")), rate);
        options.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, copy, compare, stop);
        Label status = new Label();
        status.setId("copyCompareStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("copyCompareProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label copying = new Label("Copy copies " + model.copying() + ".");
        copying.setId("copyingWhat");
        Label hint = new Label("The source is only read. A copy keeps where each segment got to: if it stops or the app closes,"
                + " Resume goes on from there (an item written just before the stop may be written once more: a put of the same item"
                + " leaves the same item). A comparison matches items by key and compares values by value.");
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("copyCompareProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        transforms = new TransformJobView(model.transforms(), () -> model.transforms().toJob(
                model.source().profile().name(), model.targetProperty().get() == null ? null : model.targetProperty().get().profile().name(),
                model.targetTableProperty().get(), model.createTableProperty().get(),
                model.ifExistsProperty().get().name().toLowerCase(java.util.Locale.ROOT)));
        VBox fields = new VBox(8, title, hint, copying, side, options, request, transforms, comparedSides(), stoppedCopy(copy));
        fields.setPadding(new Insets(12, 12, 4, 12));
        // The fields scroll when the transformers are open, up to most of the page; the buttons and status stay in sight below them.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.prefHeightProperty().bind(Bindings.min(fields.heightProperty().add(2), heightProperty().multiply(0.62)));
        scroll.setMinHeight(120);
        scroll.setId("copyFormScroll");
        for (Label line : List.of(status, problem)) {
            // An empty line takes no room between the buttons and the results.
            line.visibleProperty().bind(line.textProperty().isNotEmpty());
            line.managedProperty().bind(line.visibleProperty());
        }
        model.transforms().onLoaded(job -> {
            // The job's target, where it names a connection of this window and a table.
            if (job.target().table() != null) {
                model.targetTableProperty().set(job.target().table());
            }
            model.connections().stream().filter(c -> c.profile().name().equals(job.target().profile())).findFirst()
                    .ifPresent(model.targetProperty()::set);
            model.createTableProperty().set(job.createTable());
        });
        transforms.expandedProperty().addListener((observable, was, open) -> {
            if (open) {
                // Opened: bring its rows and preview into sight once they are laid out.
                javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
            }
        });
        VBox box = new VBox(8, scroll, actions, bar, status, problem);
        model.targetProperty().addListener((observable, was, now) -> model.checkStoppedCopy());
        table.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                model.checkStoppedCopy(); // the name typed
            }
        });
        model.checkStoppedCopy();
        box.setPadding(new Insets(0, 12, 12, 12));
        return box;
    }

    /**
     * What is left of an earlier copy of the same items to the same table, with Resume and Start
     * over; while there is one, Copy is hidden, so going on or starting again is a choice made.
     */
    private HBox stoppedCopy(Button copy) {
        Label note = new Label();
        note.setId("stoppedCopy");
        note.setWrapText(true);
        note.textProperty().bind(model.stoppedCopyProperty());
        Button resume = Buttons.of("Resume", "resumeCopy", Feather.PLAY, model::copy);
        Button startOver = Buttons.of("Start over", "startCopyOver", Feather.ROTATE_CCW, model::copyFromTheStart);
        resume.disableProperty().bind(model.busyProperty());
        startOver.disableProperty().bind(model.busyProperty());
        HBox row = new HBox(8, note, resume, startOver);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(note, Priority.ALWAYS);
        row.visibleProperty().bind(model.stoppedCopyProperty().isNotNull());
        row.managedProperty().bind(row.visibleProperty());
        copy.visibleProperty().bind(row.visibleProperty().not());
        copy.managedProperty().bind(copy.visibleProperty());
        return row;
    }

    /** What Compare reads on each side: a table, a query's results, or two different queries. */
    private HBox comparedSides() {
        ComparedSides sides = model.sides();
        ComboBox<String> thisSide = new ComboBox<>();
        thisSide.setId("compareThisSide");
        thisSide.getItems().add("the whole table");
        if (sides.hasGridQuery()) {
            thisSide.getItems().add("the grid's query");
        }
        thisSide.getSelectionModel().select(sides.gridQueryProperty().get() ? 1 : 0);
        thisSide.getSelectionModel().selectedIndexProperty().addListener((observable, was, now) ->
                sides.gridQueryProperty().set(now.intValue() == 1));
        TextField thisWhere = conditions("compareThisWhere");
        thisWhere.textProperty().bindBidirectional(sides.thisWhereProperty());
        ComboBox<ComparedSides.Other> other = new ComboBox<>();
        other.setId("compareOtherSide");
        other.getItems().setAll(ComparedSides.Other.values());
        other.valueProperty().bindBidirectional(sides.otherProperty());
        other.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ComparedSides.Other choice) {
                return choice == null ? "" : choice == ComparedSides.Other.WHOLE_TABLE ? "the whole other table" : "the same there";
            }

            @Override
            public ComparedSides.Other fromString(String text) {
                return null;
            }
        });
        TextField otherWhere = conditions("compareOtherWhere");
        otherWhere.textProperty().bindBidirectional(sides.otherWhereProperty());
        thisSide.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        other.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, fixed(new Label("Compare")), thisSide, fixed(new Label("where")), thisWhere, fixed(new Label("with")), other,
                fixed(new Label("where")), otherWhere);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A label or box that keeps its whole text when the row is short of room (the text fields give way instead). */
    private static <T extends javafx.scene.layout.Region> T fixed(T node) {
        node.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return node;
    }

    private static TextField conditions(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("e.g. status = active");
        field.setPrefColumnCount(14);
        field.setTooltip(new javafx.scene.control.Tooltip("Conditions as the command line's --where takes them, separated by ;"
                + " (PATH OPERATOR VALUE: =, <>, <, <=, >, >=, begins_with, contains, between X and Y, in A,B,C, exists, not_exists)"));
        HBox.setHgrow(field, Priority.SOMETIMES);
        return field;
    }

    private SplitPane results() {
        kind.setId("differenceKind");
        kind.getItems().setAll("All differences", "Only left", "Only right", "Different");
        kind.getSelectionModel().selectFirst();
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        attribute.setId("differenceAttribute");
        attribute.setPromptText("attribute");
        attribute.setMinWidth(110);
        kind.valueProperty().addListener((observable, old, now) -> filter());
        attribute.textProperty().addListener((observable, old, now) -> filter());
        TableView<DifferenceRow> list = new TableView<>(shown);
        list.setId("differences");
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setPlaceholder(new Label("Compare to list the differences."));
        list.getColumns().add(TextColumns.of("Kind", 90, row -> row.kind().toString()));
        list.getColumns().add(TextColumns.of("Key", 260, row -> String.join(", ", row.key().attributes().entrySet().stream()
                .map(entry -> entry.getKey() + " = " + dev.dynamodesk.item.ValueSummary.of(entry.getValue(), 40)).toList())));
        list.getColumns().add(TextColumns.of("Attributes", 200, row -> String.join(", ", row.changes().stream().map(change -> change.name()).toList())));
        SideBySide detail = new SideBySide(model.source().profile().name() + " · " + model.table(), "The other side");
        detail.setId("differenceDetail");
        detail.setPlaceholder(new Label("Pick a difference to see both sides."));
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> detail.show(
                row == null ? null : row.left(), row == null ? null : row.right()));
        Button export = Buttons.of("Export…", "exportDifferences", Feather.DOWNLOAD, this::export);
        export.setTooltip(new javafx.scene.control.Tooltip("Export the differences listed as DynamoDB JSON lines, as diff prints them"));
        export.disableProperty().bind(Bindings.isEmpty(model.differences()));
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        Button apply = Buttons.of("Apply…", "applyDifferences", Feather.ARROW_RIGHT, () -> apply(list));
        apply.setTooltip(new javafx.scene.control.Tooltip("Make the other side hold what this side holds for the selected"
                + " differences (journaled; the connection's history reverts it)"));
        apply.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedItems()).or(model.busyProperty()));
        HBox filters = new HBox(8, kind, attribute, export, apply);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(0, 12, 6, 12));
        VBox left = new VBox(filters, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.5);
        return split;
    }

    /** Asks first (the table's name typed past 100 items or on a production connection), then applies the selected rows. */
    private void apply(TableView<DifferenceRow> list) {
        List<DifferenceRow> rows = List.copyOf(list.getSelectionModel().getSelectedItems());
        ConnectionViewModel to = model.targetProperty().get();
        if (rows.isEmpty() || to == null) {
            return;
        }
        String name = model.targetTableProperty().get().strip();
        DialogService.Question question = DialogService.Question.of("confirmApplyDifferences", String.format("Apply %,d difference%s to %s?",
                rows.size(), rows.size() == 1 ? "" : "s", name), "Each item on " + to.profile().name() + " becomes as it is here (put,"
                + " updated or deleted), only while it is still as compared. The writes are journaled: the connection's bulk change"
                + " history can revert them.").yes("Apply");
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        boolean confirmed = to.profile().production() || rows.size() > 100
                ? DialogService.current().confirmTyped(window, question, name) : DialogService.current().confirm(window, question);
        if (confirmed) {
            model.apply(rows);
        }
    }

    private void filter() {
        String wanted = attribute.getText() == null ? "" : attribute.getText().strip();
        int chosen = kind.getSelectionModel().getSelectedIndex();
        shown.setPredicate(row -> (chosen <= 0 || row.kind().ordinal() == chosen - 1) && (wanted.isEmpty() || row.touches(wanted)));
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(model.table() + "-differences.jsonl");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        model.exportDifferences(List.copyOf(shown), file.toPath());
    }

    private static final class ConnectionCell extends ListCell<ConnectionViewModel> {
        @Override
        protected void updateItem(ConnectionViewModel connection, boolean empty) {
            super.updateItem(connection, empty);
            setText(empty || connection == null ? null : connection.profile().name());
        }
    }
}
