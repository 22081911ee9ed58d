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
    record Choice(Path file, ExportFormat format, CsvMapping csvMapping, boolean stopOnFirstError, CreateTableSpec newTable) {
    }

    /**
     * Where the import goes. {@code table} is null for a new table; {@code confirmName} asks for the
     * table's name typed out, for the reason {@code why}.
     */
    record Target(String connection, String table, java.util.List<String> keyNames, boolean confirmName, String why) {
        boolean newTable() {
            return table == null;
        }
    }

    private ImportDialog() {
    }

    static Optional<Choice> ask(Window owner, TaskRunner tasks, Target target) {
        TextField file = new TextField();
        file.setId("importFile");
        file.setPromptText("DynamoDB JSON lines (.jsonl), JSON (.json), JSON lines (.ndjson) or CSV (.csv)");
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
        settle.setOnFinished(event -> preview.load(path(file.getText()), format.getValue(), dialog.getDialogPane()));
        file.textProperty().addListener((observable, was, now) -> {
            if (!now.isBlank()) {
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
                .map(button -> new Choice(path(file.getText()), format.getValue(), preview.csvMapping(), stop.isSelected(),
                        newTable == null ? null : newTable.spec()));
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }
}
