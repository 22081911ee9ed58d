package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.transfer.CsvColumn;
import dev.dynamodesk.transfer.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Asks where and how to export a table or one of its indexes: format, file, parallel segments,
 * and for CSV the columns (keys first, then the attributes seen in a sample) and a typed header.
 */
final class ExportDialog {
    /** What the user chose. {@code index} is null for the table itself. */
    record Choice(ExportFormat format, Path file, String index, boolean currentResults, int segments, List<CsvColumn> columns,
                  boolean typedHeader) {
    }

    private ExportDialog() {
    }

    /**
     * @param sampledTypes   attribute name to the type seen most in a sample of items, keys first
     * @param currentResults what the table's tab shows now ("Query of index GSI1, filtered"), offered
     *                       first; null when there is nothing but the whole table
     * @param largeTable     for a table too big for one machine, DynamoDB's own export to S3 suggested
     */
    static Optional<Choice> ask(Window owner, TableInfo table, Map<String, AttributeType> sampledTypes, Path folder,
                                String currentResults, Optional<String> largeTable) {
        ChoiceBox<String> source = new ChoiceBox<>();
        source.setId("exportSource");
        String results = currentResults == null ? null : "Current results: " + currentResults;
        if (results != null) {
            source.getItems().add(results);
        }
        source.getItems().add("Table " + table.name());
        table.indexes().stream().map(IndexInfo::name).forEach(name -> source.getItems().add("Index " + name));
        source.getSelectionModel().select(0);

        ChoiceBox<ExportFormat> format = TransferForms.formatChoice("exportFormat");

        TextField file = new TextField(folder.resolve(table.name() + ".jsonl").toString());
        file.setId("exportFile");
        Button browse = new Button("Browse…");
        browse.setId("browseExport");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + table.name());
            Path current = Path.of(file.getText().isBlank() ? folder.toString() : file.getText());
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName() == null ? table.name() : current.getFileName().toString());
            File chosen = chooser.showSaveDialog(owner);
            if (chosen != null) {
                file.setText(chosen.getPath());
            }
        });
        format.valueProperty().addListener((observable, old, now) -> file.setText(withExtension(file.getText(), old, now)));

        Spinner<Integer> segments = new Spinner<>(1, 16, 4);
        segments.setId("exportSegments");
        segments.setEditable(true);

        TextField columns = new TextField(String.join(", ", sampledTypes.keySet()));
        columns.setId("csvColumns");
        columns.setPromptText("attribute names, comma-separated");
        CheckBox typed = new CheckBox("Name each column's type in the header, e.g. total (N)");
        typed.setId("csvTypedHeader");
        Label columnsLabel = new Label("Columns");

        Label note = new Label();
        note.setId("exportNote");
        note.setWrapText(true);
        note.getStyleClass().add("form-hint");

        GridPane grid = TransferForms.grid();
        grid.setPadding(new Insets(8, 14, 4, 14));
        grid.addRow(0, new Label("Export"), source);
        grid.addRow(1, new Label("Format"), format);
        grid.addRow(2, new Label("File"), TransferForms.fileRow(file, browse));
        grid.addRow(3, new Label("Parallel segments"), segments);
        grid.addRow(4, columnsLabel, columns);
        grid.add(typed, 1, 5);
        grid.add(note, 0, 6, 2, 1);
        if (largeTable.isPresent()) {
            Label large = new Label(largeTable.get());
            large.setId("exportLargeTable");
            large.setWrapText(true);
            large.getStyleClass().add("form-hint");
            grid.add(large, 0, 7, 2, 1);
        }
        GridPane.setHgrow(columns, Priority.ALWAYS);

        Runnable showCsv = () -> {
            boolean csv = format.getValue() == ExportFormat.CSV;
            for (var node : List.of(columnsLabel, columns, typed)) {
                node.setVisible(csv);
                node.setManaged(csv);
            }
            note.setText(switch (format.getValue()) {
                case DYNAMODB_JSON_LINES -> "Exact: every type survives, and the file can be imported again.";
                case JSON_ARRAY, JSON_LINES -> "Readable; sets become arrays and binary becomes base64 text.";
                case CSV -> "Maps, lists and sets are written as JSON inside their cell; a missing attribute is an empty cell.";
            });
        };
        format.valueProperty().addListener((observable, old, now) -> showCsv.run());
        showCsv.run();

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export " + table.name());
        dialog.setHeaderText("Export " + table.name() + (table.approximateItemCount() > 0
                ? " (about " + String.format("%,d", table.approximateItemCount()) + " items)" : ""));
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, export);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("exportDialog");
        dialog.getDialogPane().lookupButton(export).setId("confirmExport");
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(file.textProperty().isEmpty()
                .or(format.valueProperty().isEqualTo(ExportFormat.CSV).and(columns.textProperty().isEmpty())));
        dialog.getDialogPane().getStyleClass().add("wide-dialog"); // AtlantaFX caps dialogs at 600 px
        dialog.getDialogPane().setPrefWidth(680);
        dialog.initOwner(owner);
        // The CSV rows come and go with the format: the window must grow with them, or the buttons fall off it.
        format.valueProperty().addListener((observable, old, now) -> javafx.application.Platform.runLater(() -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        return dialog.showAndWait().filter(export::equals).map(button -> {
            String chosenSource = source.getValue();
            String index = chosenSource.startsWith("Index ") ? chosenSource.substring("Index ".length()) : null;
            List<CsvColumn> csvColumns = new ArrayList<>();
            for (String name : columns.getText().split(",")) {
                if (!name.isBlank()) {
                    csvColumns.add(new CsvColumn(name.strip(), sampledTypes.get(name.strip())));
                }
            }
            return new Choice(format.getValue(), Path.of(file.getText().strip()), index, chosenSource.equals(results),
                    segments.getValue(), csvColumns, typed.isSelected());
        });
    }

    /** Swaps the file's extension when the format changes, if it still has the old format's. */
    static String withExtension(String file, ExportFormat old, ExportFormat now) {
        String suffix = "." + old.extension();
        return file.endsWith(suffix) ? file.substring(0, file.length() - suffix.length()) + "." + now.extension() : file;
    }
}
