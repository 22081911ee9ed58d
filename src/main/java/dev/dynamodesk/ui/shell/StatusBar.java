package dev.dynamodesk.ui.shell;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.ui.common.RunningTask;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bottom bar: the active connection (name, region, the endpoint really used) on the left;
 * on the right, what is running in the background, with its progress and a Stop button.
 */
final class StatusBar extends HBox {
    private final Region dot = new Region();
    private final Label connectionName = new Label();
    private final Label region = new Label();
    private final Label endpoint = new Label();
    private final Label task = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button stop = new Button(null, FontIcon.of(Feather.X));
    private final ObjectProperty<ConnectionViewModel> active;
    private final TaskRunner tasks;
    private final ChangeListener<Object> connectionChanged = (observable, old, now) -> showConnection();
    private ConnectionViewModel watched;
    private RunningTask shownTask;

    StatusBar(ObjectProperty<ConnectionViewModel> active, TaskRunner tasks) {
        this.active = active;
        this.tasks = tasks;
        setId("statusBar");
        getStyleClass().add("status-bar");
        connectionName.setId("statusConnection");
        region.setId("statusRegion");
        endpoint.setId("statusEndpoint");
        task.setId("taskStatus");
        progress.setId("taskProgress");
        stop.setId("stopTask");
        dot.getStyleClass().add("status-dot");
        connectionName.getStyleClass().add("status-connection");
        region.getStyleClass().add("status-muted");
        endpoint.getStyleClass().add("status-muted");
        task.getStyleClass().add("status-task");
        progress.getStyleClass().add("small");
        progress.setPrefWidth(140);
        stop.getStyleClass().addAll("flat", "button-icon", "small");
        stop.setTooltip(new Tooltip("Stop this background work"));
        stop.setOnAction(event -> {
            if (shownTask != null) {
                shownTask.cancel();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(dot, connectionName, separator(), region, separator(), endpoint, spacer, task, progress, stop);

        active.addListener((observable, old, now) -> watch(now));
        watch(active.get());
        tasks.running().addListener((ListChangeListener<RunningTask>) change -> showTask());
        showTask();
    }

    private void watch(ConnectionViewModel connection) {
        if (watched != null) {
            watched.stateProperty().removeListener(connectionChanged);
            watched.profileProperty().removeListener(connectionChanged);
        }
        watched = connection;
        if (connection != null) {
            connection.stateProperty().addListener(connectionChanged);
            connection.profileProperty().addListener(connectionChanged);
        }
        showConnection();
    }

    private void showConnection() {
        dot.getStyleClass().removeIf(style -> style.startsWith("status-") && !style.equals("status-dot"));
        if (watched == null) {
            connectionName.setText("No connection");
            region.setText("");
            endpoint.setText("");
            return;
        }
        ConnectionProfile profile = watched.profile();
        dot.getStyleClass().add("status-" + watched.stateProperty().get().name().toLowerCase());
        connectionName.setText(profile.name());
        region.setText(profile.region());
        endpoint.setText(profile.endpoint() == null && profile.embeddedLocal() ? "starting…" : profile.endpointLabel());
    }

    /** Shows the newest running task; older ones are counted in its tooltip. */
    private void showTask() {
        var running = tasks.running();
        shownTask = running.isEmpty() ? null : running.get(running.size() - 1);
        boolean busy = shownTask != null;
        task.setVisible(busy);
        progress.setVisible(busy);
        stop.setVisible(busy);
        task.textProperty().unbind();
        progress.progressProperty().unbind();
        if (busy) {
            var message = shownTask.messageProperty();
            String title = shownTask.title();
            task.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> message.get().isEmpty() ? title + "…" : title + ": " + message.get(), message));
            progress.progressProperty().bind(shownTask.progressProperty());
            task.setTooltip(new Tooltip(running.size() == 1 ? title
                    : title + " (and " + (running.size() - 1) + " more)"));
        } else {
            task.setText("");
        }
    }

    private static Label separator() {
        Label separator = new Label("·");
        separator.getStyleClass().add("status-muted");
        return separator;
    }
}
