package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.ui.common.TextColumns;
import dev.dynamodesk.dynamo.bulk.JournalSummary;
import dev.dynamodesk.ui.common.Buttons;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.ItemCopy;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The bulk runs of a connection: when, which table, what, how it ended; Preview revert, then Revert. */
public final class BulkHistoryView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final BulkHistoryViewModel model;
    private final TableView<JournalSummary> runs = new TableView<>();
    private final TextField typedName = new TextField();

    public BulkHistoryView(BulkHistoryViewModel model) {
        this.model = model;
        setId("bulkHistoryView");
        runs.setId("bulkRuns");
        runs.setItems(model.journals());
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runs.getColumns().add(TextColumns.of("When", 150, run -> WHEN.format(run.header().started())));
        runs.getColumns().add(TextColumns.of("Table", 110, run -> run.header().table()));
        runs.getColumns().add(TextColumns.of("Kind", 70, run -> run.header().kind()));
        runs.getColumns().add(TextColumns.of("Changes", 200, run -> String.join("; ", run.header().changes())));
        runs.getColumns().add(TextColumns.of("Items", 150, run -> run.header().source()));
        runs.getColumns().add(TextColumns.of("Outcome", 420, JournalSummary::describe));
        Label title = new Label("Bulk changes on " + model.connectionName());
        title.getStyleClass().add("grid-title");
        Label hint = new Label("Every update, delete and revert keeps a journal of each item before and after. Revert puts"
                + " items back only where they still hold what the run wrote.");
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        VBox top = new VBox(4, title, hint);
        top.setPadding(new Insets(12));
        setTop(top);
        setCenter(runs);
        setBottom(actions());
        model.refresh();
    }

    private VBox actions() {
        Button refresh = Buttons.of("Refresh", "bulkHistoryRefresh", Feather.REFRESH_CW, model::refresh);
        Button preview = Buttons.of("Preview revert", "bulkPreviewRevert", Feather.EYE,
                () -> model.preview(runs.getSelectionModel().getSelectedItem()));
        preview.disableProperty().bind(runs.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        typedName.setId("bulkHistoryConfirmName");
        typedName.setPromptText("type the table's name");
        typedName.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.previewProperty().get() != null
                && model.needsTypedName(), model.previewProperty()));
        typedName.managedProperty().bind(typedName.visibleProperty());
        Button revert = Buttons.of("Revert", "bulkHistoryRevert", Feather.ROTATE_CCW, this::revert);
        revert.disableProperty().bind(model.previewProperty().isNull().or(model.busyProperty()));
        Button copy = Buttons.of("Copy journal path", "bulkCopyJournalPath", Feather.COPY, () -> {
            JournalSummary run = runs.getSelectionModel().getSelectedItem();
            if (run != null) {
                ItemCopy.toClipboard(run.file().toString());
            }
        });
        Label status = new Label();
        status.setId("bulkHistoryStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.getStyleClass().add("form-problem");
        problem.textProperty().bind(model.problemProperty());
        HBox buttons = new HBox(8, refresh, preview, typedName, revert, copy);
        VBox box = new VBox(6, buttons, status, problem);
        box.setPadding(new Insets(12));
        runs.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> model.previewProperty().set(null));
        return box;
    }

    private void revert() {
        model.revert(typedName.getText(), preview -> DialogService.current().confirm(getScene() == null ? null : getScene().getWindow(),
                DialogService.Question.of("confirmHistoryRevert", "Revert this run?", "Revert: " + preview.summary() + ".")
                        .yes("Revert")));
    }
}
