package dev.dynamodesk.ui.ops;

import dev.dynamodesk.ui.common.TextColumns;
import dev.dynamodesk.dynamo.ops.OperationsText;
import dev.dynamodesk.dynamo.ops.S3Jobs;
import dev.dynamodesk.ui.common.Buttons;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A connection's DynamoDB exports to S3 and imports from S3, account-wide: status, table, S3
 * location, items, bytes, errors, times and ARN; read again every five seconds while one runs,
 * and stopped reading when the tab closes (the jobs go on in AWS).
 */
public final class S3JobsTab extends Tab {
    private static final Duration FOLLOW_EVERY = Duration.seconds(5);
    private final ConnectionViewModel connection;
    private final S3JobsViewModel model;

    public S3JobsTab(ConnectionViewModel connection, S3JobsViewModel model) {
        super("S3 jobs: " + model.connection());
        this.connection = connection;
        this.model = model;
        setId("tab-s3-jobs");
        setGraphic(FontIcon.of(Feather.CLOUD));
        Label title = new Label("Exports to S3 and imports from S3 · " + model.connection());
        title.getStyleClass().add("grid-title");
        Label status = new Label();
        status.setId("s3JobsStatus");
        status.textProperty().bind(model.statusProperty());
        Label unavailable = new Label();
        unavailable.setId("s3JobsUnavailable");
        unavailable.setWrapText(true);
        unavailable.getStyleClass().add("info-unavailable");
        unavailable.textProperty().bind(model.unavailableProperty());
        unavailable.managedProperty().bind(model.unavailableProperty().isNotEmpty());
        HBox top = new HBox(10, title, Buttons.of("Refresh", "refreshS3Jobs", Feather.REFRESH_CW, model::refresh), status);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, top, unavailable);
        header.setPadding(new Insets(10, 12, 8, 12));
        BorderPane content = new BorderPane(table(), header, null, null, null);
        setContent(content);

        PauseTransition again = new PauseTransition(FOLLOW_EVERY);
        again.setOnFinished(event -> model.refresh());
        model.statusProperty().addListener((observable, was, now) -> {
            if (model.inProgressProperty().get() && getTabPane() != null) {
                again.playFromStart();
            }
        });
        setOnClosed(event -> again.stop());
        model.refresh();
    }

    private TableView<S3Jobs.Job> table() {
        TableView<S3Jobs.Job> table = new TableView<>(model.jobs());
        table.setId("s3JobsTable");
        table.setPlaceholder(new Label("No exports or imports in this account and region."));
        table.getColumns().add(TextColumns.of("Kind", 70, S3Jobs.Job::kind));
        table.getColumns().add(TextColumns.of("Status", 110, S3Jobs.Job::status));
        table.getColumns().add(TextColumns.of("Table", 160, S3Jobs.Job::table));
        table.getColumns().add(TextColumns.of("S3", 240, S3Jobs.Job::s3));
        table.getColumns().add(TextColumns.of("Items", 90, job -> count(job.items())));
        table.getColumns().add(TextColumns.of("Bytes", 110, job -> count(job.bytes())));
        table.getColumns().add(TextColumns.of("Errors", 160, job -> job.failure() != null ? job.failure() : count(job.errors())));
        table.getColumns().add(TextColumns.of("Started", 170, job -> job.started() == null ? "" : OperationsText.when(job.started())));
        table.getColumns().add(TextColumns.of("Ended", 170, job -> job.ended() == null ? "" : OperationsText.when(job.ended())));
        table.getColumns().add(TextColumns.of("ARN", 360, S3Jobs.Job::arn));
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy ARN");
        copy.setId("copyJobArn");
        copy.setOnAction(event -> {
            S3Jobs.Job job = table.getSelectionModel().getSelectedItem();
            if (job != null) {
                ClipboardContent text = new ClipboardContent();
                text.putString(job.arn());
                Clipboard.getSystemClipboard().setContent(text);
            }
        });
        table.setContextMenu(new javafx.scene.control.ContextMenu(copy));
        return table;
    }

    private static String count(Long value) {
        return value == null ? "" : String.format("%,d", value);
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public S3JobsViewModel model() {
        return model;
    }
}
