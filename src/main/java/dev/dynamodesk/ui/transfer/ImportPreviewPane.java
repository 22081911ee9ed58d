package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.transfer.CsvMapping;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ImportLine;
import dev.dynamodesk.transfer.ItemSources;
import dev.dynamodesk.ui.common.NewestRequest;
import dev.dynamodesk.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The lower half of the import dialog: for CSV the column mapping, and for every format the first
 * records exactly as they will be written (DynamoDB JSON), or why each cannot be. The file is read
 * in the background; a newer request makes the result of an older one be dropped.
 */
final class ImportPreviewPane extends VBox {
    private static final int PREVIEW_RECORDS = 5;
    private static final int SAMPLE_ROWS = 100;

    private final TaskRunner tasks;
    private final Supplier<List<String>> keyNames;
    private final VBox mappingArea = new VBox();
    private final Label status = new Label("Choose a file to see its first records here.");
    private final TextArea records = new TextArea();
    private final BooleanProperty ready = new SimpleBooleanProperty(this, "ready");
    /** Choosing another file while one is read: only the newest file's records are shown. */
    private final NewestRequest reading = new NewestRequest();
    private ItemSources.CsvPreview csv;
    private CsvMappingPane mapping;
    private List<ImportLine> lines = List.of();
    private boolean loaded;

    ImportPreviewPane(TaskRunner tasks, Supplier<List<String>> keyNames) {
        super(6);
        this.tasks = tasks;
        this.keyNames = keyNames;
        status.setId("importPreviewStatus");
        status.setWrapText(true);
        records.setId("importPreview");
        records.setEditable(false);
        records.setPrefRowCount(4);
        records.getStyleClass().add("monospace");
        getChildren().addAll(mappingArea, status, records);
    }

    ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    /** The mapping chosen, for a CSV file; null otherwise. */
    CsvMapping csvMapping() {
        return mapping == null ? null : mapping.mappingProperty().get();
    }

    void load(Path file, ExportFormat format, Node resizing) {
        if (file == null) {
            clear();
            status.setText("Choose a file to see its first records here.");
            resize(resizing);
            return;
        }
        read(file.getFileName().toString(), () -> {
            if (!Files.isRegularFile(file) && !dev.dynamodesk.transfer.ExportFolder.isExport(file)) {
                throw new IllegalArgumentException(Files.isDirectory(file) ? file + " is a folder but not a DynamoDB export"
                        + " (no manifest-summary.json, no data/*.json.gz)" : "There is no file " + file);
            }
            return format == ExportFormat.CSV
                    ? new Read(ItemSources.previewCsv(file, SAMPLE_ROWS), List.of())
                    : new Read(null, ItemSources.firstRecords(file, format, null, PREVIEW_RECORDS));
        }, resizing);
    }

    /** A DynamoDB export read straight from S3: its manifests, then the first records of its first data file. */
    void load(S3ExportSource export, Node resizing) {
        read(export.url().toString(), () -> {
            try (var store = export.open()) {
                dev.dynamodesk.transfer.ExportFolder folder = dev.dynamodesk.transfer.ExportFolder.read(store);
                List<ImportLine> first = new java.util.ArrayList<>();
                try (dev.dynamodesk.transfer.ItemSource source = folder.open()) {
                    while (first.size() < PREVIEW_RECORDS && source.hasNext()) {
                        first.add(source.next());
                    }
                }
                return new Read(null, first);
            }
        }, resizing);
    }

    /** Nothing can be read, for this reason. */
    void cannotRead(String why) {
        clear();
        status.setText(why);
    }

    private record Read(ItemSources.CsvPreview csv, List<ImportLine> lines) {
    }

    private void clear() {
        reading.supersede();
        ready.set(false);
        loaded = false;
        csv = null;
        mapping = null;
        lines = List.of();
        mappingArea.getChildren().clear();
        records.clear();
    }

    private void read(String name, java.util.concurrent.Callable<Read> work, Node resizing) {
        clear();
        status.setText("Reading " + name + "…");
        tasks.task("Reading " + name, context -> work.call())
                .quiet()
                .newestOf(reading)
                .onSuccess(read -> {
                    csv = read.csv();
                    lines = read.lines();
                    loaded = true;
                    if (csv != null) {
                        mapping = new CsvMappingPane(csv);
                        mapping.mappingProperty().addListener((observable, was, now) -> refresh());
                        mappingArea.getChildren().setAll(mapping);
                    }
                    refresh();
                    resize(resizing);
                })
                .onFailure(failure -> {
                    status.setText(ErrorMessages.summary(failure));
                    resize(resizing);
                })
                .start();
    }

    /** Shows the first records again (after the mapping or the table's key changed). */
    void refresh() {
        if (!loaded) {
            return;
        }
        String mappingProblem = mapping == null ? null : mapping.mappingProperty().get().problem();
        List<ImportLine> shown = csv != null && mappingProblem == null
                ? csv.read(mapping.mappingProperty().get(), PREVIEW_RECORDS) : lines;
        StringBuilder text = new StringBuilder();
        for (ImportLine line : shown) {
            text.append("line ").append(line.number()).append(": ").append(describe(line)).append('\n');
        }
        records.setText(text.toString());
        status.setText(mappingProblem != null ? mappingProblem
                : shown.isEmpty() ? "The file holds no records." : "The first records, as they will be written:");
        ready.set(mappingProblem == null);
    }

    private String describe(ImportLine line) {
        if (!line.ok()) {
            return "✗ " + line.problem();
        }
        for (String key : keyNames.get()) {
            if (!line.item().has(key)) {
                return "✗ the key attribute " + key + " is missing — " + DynamoJson.write(line.item(), false);
            }
        }
        return DynamoJson.write(line.item(), false);
    }

    private static void resize(Node node) {
        if (node.getScene() != null) {
            Window window = node.getScene().getWindow();
            if (window != null) {
                window.sizeToScene();
            }
        }
    }
}
