package dev.dynamodesk.ui.ops;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.TableDetails.Fact;
import dev.dynamodesk.dynamo.ops.OperationsState;
import dev.dynamodesk.dynamo.ops.OperationsText;
import dev.dynamodesk.ui.common.DialogService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Info view's operations panel: each operational setting of the table in words, with what
 * can be done to it; every change opens its form with the exact request first. Settings the
 * endpoint does not offer say so in its words and offer nothing; a read-only connection offers
 * nothing at all.
 */
public final class OperationsPane extends VBox {
    private final OperationsModel model;
    private final GridPane rows = new GridPane();

    public OperationsPane(OperationsModel model) {
        super(6);
        this.model = model;
        setId("operationsPane");
        Label heading = new Label("Operations");
        heading.getStyleClass().add("info-heading");
        Label status = new Label();
        status.setId("operationStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("operationProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        Hyperlink details = new Hyperlink("Details");
        details.setVisible(false);
        model.errorProperty().addListener((observable, was, error) -> {
            problem.setText(error == null ? "" : error.summary());
            details.setVisible(error != null && error.details() != null);
        });
        details.setOnAction(event -> DialogService.current().error(window(), "The operation failed", model.errorProperty().get()));
        rows.setHgap(16);
        rows.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(180);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        rows.getColumnConstraints().addAll(labels, values, actions);
        getChildren().addAll(heading, rows, status, new HBox(6, problem, details));
        model.stateProperty().addListener((observable, was, state) -> show(state));
    }

    private void show(OperationsState state) {
        rows.getChildren().clear();
        if (state == null) {
            return;
        }
        Map<String, String> lines = OperationsText.lines(state);
        int row = 0;
        boolean streamOn = state.stream().available() && state.stream().value().enabled();
        Button tail = streamOn ? button("Tail…", "tailStream", () -> model.tail(state.stream().value().arn())) : null;
        if (tail != null) {
            tail.setDisable(false); // reading a stream is not a change
        }
        row = add(row, "Stream", lines, state.stream(), action("Change…", "changeStream", OperationForms::stream, state), tail);
        row = add(row, "Time to live", lines, state.timeToLive(), action("Change…", "changeTtl", OperationForms::timeToLive, state));
        boolean pitrOn = state.pointInTimeRecovery().available() && state.pointInTimeRecovery().value().enabled();
        row = add(row, "Point-in-time recovery", lines, state.pointInTimeRecovery(),
                action("Change…", "changePitr", OperationForms::pointInTimeRecovery, state),
                pitrOn ? action("Restore…", "restorePitr", OperationForms::restoreToPointInTime, state) : null);
        row = add(row, "Backups", lines, state.backups(), action("Back up…", "createBackup", OperationForms::createBackup, state));
        if (state.backups().available()) {
            for (OperationsState.Backup backup : state.backups().value()) {
                row = backupRow(row, state, backup);
            }
        }
        row = jobsRow(row, state);
        row = add(row, "Deletion protection", lines, state.deletionProtection(),
                action("Change…", "changeProtection", OperationForms::deletionProtection, state));
        row = add(row, "Table class", lines, state.tableClass(), action("Change…", "changeTableClass", CapacityForms::tableClass, state));
        row = add(row, "Warm throughput", lines, state.warmThroughput(),
                action("Change…", "changeWarm", CapacityForms::warmThroughput, state));
        row = add(row, "On-demand maximum", lines, state.onDemandMaximum(),
                action("Change…", "changeOnDemand", CapacityForms::onDemandMaximum, state));
        row = add(row, "Resource policy", lines, state.policy(), action("Edit…", "editPolicy", OperationForms::policy, state));
        row = add(row, "Replicas", lines, state.replicas());
        row = add(row, "Contributor insights", lines, state.contributorInsights(),
                action("Change…", "changeInsights", CapacityForms::contributorInsights, state));
        add(row, "Tags", lines, state.tags(), action("Edit…", "editTags", OperationForms::tags, state));
    }

    private int add(int row, String name, Map<String, String> lines, Fact<?> fact, Button... actions) {
        Label label = new Label(name);
        label.getStyleClass().add("info-label");
        Label value = new Label(lines.get(name));
        value.getStyleClass().add("info-value");
        value.setWrapText(true);
        value.setId("operation-" + name.replace(' ', '-').toLowerCase(java.util.Locale.ROOT));
        if (!fact.available()) {
            value.getStyleClass().add("info-unavailable");
        }
        HBox buttons = new HBox(6);
        for (Button action : actions) {
            if (action != null && fact.available()) {
                buttons.getChildren().add(action);
            }
        }
        rows.addRow(row, label, value, buttons);
        return row + 1;
    }

    /** DynamoDB's exports to S3 of this table, and the button that starts one (exporting reads: allowed read-only too). */
    private int jobsRow(int row, OperationsState state) {
        Label label = new Label("S3 exports, imports");
        label.getStyleClass().add("info-label");
        Label value = new Label();
        value.setId("operation-s3-jobs");
        value.getStyleClass().add("info-value");
        value.setWrapText(true);
        value.textProperty().bind(model.jobsProperty());
        Button export = button("Export to S3…", "exportToS3", () -> OperationForms.exportToS3(window(), state).ifPresent(requests ->
                requests.forEach(model::startJob)));
        export.setDisable(false);
        // An import makes a new table: a change, so not on a read-only connection.
        Button importing = button("Import from S3…", "importFromS3", () -> OperationForms.importFromS3(window(), state)
                .ifPresent(requests -> requests.forEach(model::startJob)));
        rows.addRow(row, label, value, new HBox(6, export, importing));
        return row + 1;
    }

    private int backupRow(int row, OperationsState state, OperationsState.Backup backup) {
        Label value = new Label(backup.name() + " · " + OperationsText.when(backup.created()) + " · " + backup.status()
                + (backup.sizeBytes() == null ? "" : String.format(" · %,d bytes", backup.sizeBytes())));
        value.getStyleClass().add("info-value");
        Button restore = action("Restore…", "restoreBackup", (owner, now) -> OperationForms.restoreBackup(owner, now, backup), state);
        Button delete = button("Delete…", "deleteBackup", () -> {
            DialogService.Question question = DialogService.Question.of("confirmDeleteBackup", "Delete backup " + backup.name() + "?",
                    "The backup is gone for good; the table is not changed.").yes("Delete").asWarning();
            if (DialogService.current().confirmTyped(window(), question, backup.name())) {
                model.send(List.of(dev.dynamodesk.dynamo.ops.OperationRequests.deleteBackup(backup.arn())));
            }
        });
        rows.addRow(row, new Label(), value, new HBox(6, restore, delete));
        return row + 1;
    }

    private Button action(String text, String id, BiFunction<Window, OperationsState, Optional<List<PlannedRequest>>> form,
                          OperationsState state) {
        return button(text, id, () -> form.apply(window(), state).ifPresent(model::send));
    }

    private Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("small");
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setDisable(!model.writable());
        button.setOnAction(event -> action.run());
        return button;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
