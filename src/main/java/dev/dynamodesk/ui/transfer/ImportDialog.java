package dev.dynamodesk.ui.transfer;

import java.io.File;
import dev.dynamodesk.transfer.CsvMapping;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemSources;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks which file to import into a table, and — when the table already holds items or the
 * connection is production — for the table's name typed out, so nobody imports into the wrong place.
 */
final class ImportDialog {
    /** What the user chose. */
    record Choice(Path file, ExportFormat format, CsvMapping csvMapping, boolean stopOnFirstError) {
    }

    private ImportDialog() {
    }

    /** @param confirmName whether the table's name must be typed (non-empty table or production) */
    static Optional<Choice> ask(Window owner, String table, String connection, boolean confirmName, String why) {
        TextField file = new TextField();
        file.setId("importFile");
        file.setPromptText("a .jsonl file: DynamoDB JSON lines, as Export or DynamoDB's export to S3 writes them");
        Button browse = new Button("Browse…");
        browse.setId("browseImport");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import into " + table);
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("DynamoDB JSON lines", "*.jsonl", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                file.setText(chosen.getPath());
            }
        });
        CheckBox stop = new CheckBox("Stop at the first bad line (otherwise bad lines are reported and the rest imported)");
        stop.setId("stopOnFirstError");
        TextField typed = new TextField();
        typed.setId("confirmImportName");
        typed.setPromptText(table);

        GridPane grid = TransferForms.grid();
        grid.addRow(0, new Label("File"), TransferForms.fileRow(file, browse));
        grid.add(stop, 1, 1);
        VBox content = new VBox(10, grid);
        content.setPadding(new javafx.geometry.Insets(8, 14, 4, 14));
        if (confirmName) {
            Label warning = new Label(why + " Type the table's name to import into it:");
            warning.setWrapText(true);
            warning.getStyleClass().add("form-problem");
            content.getChildren().addAll(warning, typed);
        }

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Import into " + table);
        dialog.setHeaderText("Import items into " + table + " on " + connection
                + "\nItems with a key that exists already are replaced.");
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, importButton);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("importDialog");
        dialog.getDialogPane().getStyleClass().add("wide-dialog"); // AtlantaFX caps dialogs at 600 px
        dialog.getDialogPane().setPrefWidth(680);
        dialog.getDialogPane().lookupButton(importButton).setId("confirmImport");
        var ready = file.textProperty().isNotEmpty();
        if (confirmName) {
            ready = ready.and(typed.textProperty().isEqualTo(table));
        }
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(ready.not());
        dialog.initOwner(owner);
        return dialog.showAndWait().filter(importButton::equals)
                .map(button -> {
                    Path chosen = Path.of(file.getText().strip());
                    return new Choice(chosen, ItemSources.formatOf(chosen), null, stop.isSelected());
                });
    }
}
