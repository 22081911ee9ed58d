package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.transfer.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the format and file for the results of a console statement. CSV columns are found from
 * the first items (keys first), since a statement's attributes are not known before it runs.
 */
final class ResultsExportDialog {
    record Choice(ExportFormat format, Path file) {
    }

    private ResultsExportDialog() {
    }

    static Optional<Choice> ask(Window owner, String statement, Path folder, String baseName) {
        ChoiceBox<ExportFormat> format = TransferForms.formatChoice("exportFormat");
        TextField file = new TextField(folder.resolve(baseName + ".jsonl").toString());
        file.setId("exportFile");
        Button browse = new Button("Browse…");
        browse.setId("browseExport");
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export results");
            Path current = Path.of(file.getText().isBlank() ? folder.toString() : file.getText());
            chooser.setInitialFileName(current.getFileName() == null ? baseName : current.getFileName().toString());
            File chosen = chooser.showSaveDialog(owner);
            if (chosen != null) {
                file.setText(chosen.getPath());
            }
        });
        format.valueProperty().addListener((observable, old, now) -> file.setText(ExportDialog.withExtension(file.getText(), old, now)));
        Label note = new Label("Every page of the statement's results is read again and written; CSV columns come from "
                + "the first 1,000 items, keys first.");
        note.setWrapText(true);
        note.getStyleClass().add("form-hint");

        GridPane grid = TransferForms.grid();
        grid.setPadding(new Insets(8, 14, 4, 14));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("File"), TransferForms.fileRow(file, browse));
        grid.add(note, 0, 2, 2, 1);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Export results");
        dialog.setHeaderText("Export the results of\n" + (statement.length() > 120 ? statement.substring(0, 120) + "…" : statement));
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, export);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("exportResultsDialog");
        dialog.getDialogPane().lookupButton(export).setId("confirmExport");
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(file.textProperty().isEmpty());
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().setPrefWidth(680);
        dialog.initOwner(owner);
        return dialog.showAndWait().filter(export::equals)
                .map(button -> new Choice(format.getValue(), Path.of(file.getText().strip())));
    }
}
