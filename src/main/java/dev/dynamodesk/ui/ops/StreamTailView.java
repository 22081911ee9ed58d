package dev.dynamodesk.ui.ops;

import dev.dynamodesk.ui.common.TextColumns;
import dev.dynamodesk.dynamo.ops.StreamTail;
import dev.dynamodesk.ui.common.Buttons;
import dev.dynamodesk.ui.common.SideBySide;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The live tail of a table's stream: controls, the changes as they come, and the selected one's old and new images side by side. */
public final class StreamTailView extends BorderPane {
    private final StreamTailViewModel model;

    public StreamTailView(StreamTailViewModel model) {
        this.model = model;
        setId("streamTailView");
        setTop(controls());
        setCenter(changes());
    }

    private VBox controls() {
        Label title = new Label("Stream of " + model.table());
        title.getStyleClass().add("grid-title");
        ComboBox<String> from = new ComboBox<>();
        from.setId("tailFrom");
        from.getItems().setAll("From now", "From the oldest kept");
        from.setTooltip(new javafx.scene.control.Tooltip("From now: LATEST. From the oldest kept: TRIM_HORIZON, the last 24 hours"));
        from.getSelectionModel().select(0);
        from.getSelectionModel().selectedIndexProperty().addListener((observable, was, now) -> model.fromOldestProperty().set(now.intValue() == 1));
        from.disableProperty().bind(model.runningProperty());
        from.setPrefWidth(200);
        Button start = Buttons.of("Start", "startTail", Feather.PLAY, model::start);
        start.disableProperty().bind(model.runningProperty());
        ToggleButton pause = new ToggleButton("Pause", FontIcon.of(Feather.PAUSE));
        pause.setId("pauseTail");
        pause.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        pause.disableProperty().bind(model.runningProperty().not());
        Button stop = Buttons.of("Stop", "stopTail", Feather.SQUARE, model::stop);
        stop.disableProperty().bind(model.runningProperty().not());
        Button clear = Buttons.of("Clear", "clearTail", Feather.X, model::clear);
        Button export = Buttons.of("Export…", "exportTail", Feather.DOWNLOAD, this::export);
        TextField filter = new TextField();
        filter.setId("tailFilter");
        filter.setPromptText("e.g. u-1001");
        filter.textProperty().bindBidirectional(model.filterProperty());
        TextField limit = new TextField(Integer.toString(model.limitProperty().get()));
        limit.setId("tailLimit");
        limit.setPrefColumnCount(5);
        limit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        limit.textProperty().addListener((observable, was, now) -> {
            try {
                model.limitProperty().set(Math.max(1, Integer.parseInt(now.strip().replace(",", ""))));
            } catch (NumberFormatException ignored) {
                // the last number typed stays in force
            }
        });
        Label keep = new Label("Keep the last");
        Label records = new Label("records");
        keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        records.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        filter.setPrefColumnCount(12);
        Label key = new Label("Key contains");
        key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, from, start, pause, stop, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, keep, limit, records, key, filter, export);
        second.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("tailStatus");
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.setId("tailProblem");
        problem.getStyleClass().add("form-problem");
        problem.textProperty().bind(model.problemProperty());
        VBox box = new VBox(8, title, row, second, status, problem);
        box.setPadding(new Insets(12));
        return box;
    }

    private SplitPane changes() {
        TableView<StreamTail.Change> list = new TableView<>(model.changes());
        list.setId("tailRecords");
        list.setPlaceholder(new Label("Start to see the changes as they happen."));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.getColumns().add(TextColumns.of("Time", 200, change -> change.time() == null ? "" : dev.dynamodesk.dynamo.ops.OperationsText.when(change.time())));
        list.getColumns().add(TextColumns.of("Event", 95, StreamTail.Change::eventName));
        list.getColumns().add(TextColumns.of("Key", 300, StreamTailViewModel::keyText));
        SideBySide images = new SideBySide("Old image", "New image");
        images.setId("tailImages");
        images.setPlaceholder(new Label("Pick a record to see its old and new images."));
        list.getSelectionModel().selectedItemProperty().addListener((observable, was, change) -> images.show(
                change == null ? null : change.oldImage(), change == null ? null : change.newImage()));
        SplitPane split = new SplitPane(list, images);
        split.setDividerPositions(0.5);
        return split;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(model.table() + "-stream.jsonl");
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.export(file.toPath());
        }
    }
}
