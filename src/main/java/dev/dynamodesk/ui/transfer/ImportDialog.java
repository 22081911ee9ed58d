package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.admin.CreateTableSpec;
import dev.dynamodesk.transfer.CsvMapping;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemSources;
import dev.dynamodesk.ui.common.TaskRunner;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Asks what to import and how: the file and its format (from the extension, changeable), for CSV
 * the column-to-type mapping, a preview of the first records as they will be written, and — when
 * the table already holds items or the connection is production — the table's name typed out. For
 * a new table it also asks the table's name and key.
 */
final class ImportDialog {
    /** What the user chose; {@code newTable} is null when importing into an existing table. */
    record Choice(Path file, ExportFormat format, CsvMapping csvMapping, boolean stopOnFirstError, CreateTableSpec newTable,
                  S3ExportSource s3) {
    }

    /**
     * Where the import goes. {@code table} is null for a new table; {@code confirmName} asks for the
     * table's name typed out, for the reason {@code why}.
     */
    record Target(String connection, String table, java.util.List<String> keyNames, boolean confirmName, String why,
                  java.util.List<S3ExportSource.Reader> s3Readers) {
        boolean newTable() {
            return table == null;
        }
    }

    private ImportDialog() {
    }

    static Optional<Choice> ask(Window owner, TaskRunner tasks, Target target) {
        TextField file = new TextField();
        file.setId("importFile");
        file.setPromptText("DynamoDB JSON lines (.jsonl), JSON (.json), JSON lines (.ndjson), CSV (.csv),"
                + " an export's folder or s3://bucket/prefix/AWSDynamoDB/<export id>/");
        ChoiceBox<ExportFormat> format = TransferForms.formatChoice("importFormat");
        Button browse = new Button("Browse…");
        browse.setId("browseImport");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(target.newTable() ? "Import into a new table" : "Import into " + target.table());
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Exports", "*.jsonl", "*.json", "*.ndjson", "*.csv"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                file.setText(chosen.getPath());
            }
        });
        Button folder = new Button("Export folder…");
        folder.setId("browseExportFolder");
        folder.setTooltip(new javafx.scene.control.Tooltip("A DynamoDB export to S3, downloaded: the folder with its"
                + " manifest-summary.json (aws s3 cp --recursive s3://bucket/prefix/AWSDynamoDB/<export id>/ FOLDER)"));
        folder.setOnAction(event -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("A DynamoDB export to S3, downloaded");
            File chosen = chooser.showDialog(owner);
            if (chosen != null) {
                file.setText(chosen.getPath());
            }
        });
        NewTableFields newTable = target.newTable() ? new NewTableFields() : null;
        ImportPreviewPane preview = new ImportPreviewPane(tasks, newTable != null ? newTable::keyNames : target::keyNames);
        CheckBox stop = new CheckBox("Stop at the first bad record (otherwise bad records are reported and the rest imported)");
        stop.setId("stopOnFirstError");
        TextField typed = new TextField();
        typed.setId("confirmImportName");
        typed.setPromptText(target.table());

        GridPane grid = TransferForms.grid();
        int row = 0;
        if (newTable != null) {
            row = newTable.addTo(grid, row);
        }
        javafx.scene.Node fileRow = TransferForms.fileRow(file, browse);
        javafx.scene.layout.HBox.setHgrow(fileRow, javafx.scene.layout.Priority.ALWAYS);
        grid.addRow(row++, new Label("File"), new javafx.scene.layout.HBox(8, fileRow, folder));
        grid.addRow(row++, new Label("Format"), format);
        // An export read straight from S3, with the credentials of a connection the user picks.
        ChoiceBox<S3ExportSource.Reader> s3Reader = new ChoiceBox<>();
        s3Reader.setId("importS3Reader");
        s3Reader.getItems().setAll(target.s3Readers());
        if (!target.s3Readers().isEmpty()) {
            s3Reader.setValue(target.s3Readers().get(0));
        }
        Label s3Label = new Label("Read S3 with");
        Label s3Hint = new Label(target.s3Readers().isEmpty() ? "No connection is open that can read S3: connect one first."
                : "the credentials (and S3 endpoint) of this connection");
        s3Hint.getStyleClass().add("form-hint");
        javafx.scene.layout.HBox s3Row = new javafx.scene.layout.HBox(8, s3Reader, s3Hint);
        s3Row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(row++, s3Label, s3Row);
        BooleanBinding fromS3 = Bindings.createBooleanBinding(() -> s3Url(file.getText()) != null, file.textProperty());
        for (javafx.scene.Node node : new javafx.scene.Node[] {s3Label, s3Row}) {
            node.visibleProperty().bind(fromS3);
            node.managedProperty().bind(fromS3);
        }
        grid.add(stop, 1, row);
        VBox content = new VBox(10, grid, preview);
        content.setPadding(new Insets(8, 14, 4, 14));
        if (target.confirmName()) {
            Label warning = new Label(target.why() + " Type the table's name to import into it:");
            warning.setWrapText(true);
            warning.getStyleClass().add("form-problem");
            content.getChildren().addAll(warning, typed);
        }

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(target.newTable() ? "Import into a new table" : "Import into " + target.table());
        dialog.setHeaderText((target.newTable() ? "Create a table on " + target.connection() + " and import items into it"
                : "Import items into " + target.table() + " on " + target.connection())
                + "\nItems with a key that exists already are replaced.");
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, importButton);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("importDialog");
        dialog.getDialogPane().getStyleClass().add("wide-dialog"); // AtlantaFX caps dialogs at 600 px
        dialog.getDialogPane().setPrefWidth(760);
        dialog.getDialogPane().lookupButton(importButton).setId("confirmImport");

        // The preview follows the file and format, 300 ms after typing stops; it reads in the background.
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(event -> {
            S3ExportSource s3 = s3Source(file.getText(), s3Reader.getValue());
            if (s3 != null) {
                preview.load(s3, dialog.getDialogPane());
            } else if (s3Url(file.getText()) != null) {
                preview.cannotRead("No open connection can read S3: connect the one whose account holds the bucket.");
            } else {
                preview.load(path(file.getText()), format.getValue(), dialog.getDialogPane());
            }
        });
        s3Reader.valueProperty().addListener((observable, was, now) -> settle.playFromStart());
        file.textProperty().addListener((observable, was, now) -> {
            if (s3Url(now) != null) {
                format.setValue(ExportFormat.DYNAMODB_JSON_LINES); // what an export's data files hold
            } else if (!now.isBlank()) {
                // By the name alone (no disk on the FX thread): an export's folder has no file extension, so DynamoDB JSON.
                format.setValue(ItemSources.formatOf(Path.of(now.strip())));
            }
            settle.playFromStart();
        });
        format.valueProperty().addListener((observable, was, now) -> settle.playFromStart());
        if (newTable != null) {
            newTable.onChange(preview::refresh);
        }

        BooleanBinding ready = file.textProperty().isNotEmpty().and(preview.readyProperty());
        if (newTable != null) {
            ready = ready.and(Bindings.createBooleanBinding(() -> newTable.problem() == null, newTable.changes()));
        }
        if (target.confirmName()) {
            ready = ready.and(typed.textProperty().isEqualTo(target.table()));
        }
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(ready.not());
        dialog.initOwner(owner);
        // Start where the user starts: the new table's name, or the file.
        dialog.setOnShown(event -> javafx.application.Platform.runLater(
                newTable != null ? newTable::focus : file::requestFocus));
        return dialog.showAndWait().filter(importButton::equals)
                .map(button -> {
                    S3ExportSource s3 = s3Source(file.getText(), s3Reader.getValue());
                    return new Choice(s3 != null ? null : path(file.getText()), format.getValue(), preview.csvMapping(),
                            stop.isSelected(), newTable == null ? null : newTable.spec(), s3);
                });
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    /** The S3 location typed, or null when the text is not one. */
    private static dev.dynamodesk.dynamo.ops.S3Url s3Url(String text) {
        if (text == null || !text.strip().startsWith("s3://")) {
            return null;
        }
        try {
            return dev.dynamodesk.dynamo.ops.S3Url.parse(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static S3ExportSource s3Source(String text, S3ExportSource.Reader reader) {
        dev.dynamodesk.dynamo.ops.S3Url url = s3Url(text);
        return url == null || reader == null ? null : new S3ExportSource(url, reader.name(), reader.s3());
    }
}
