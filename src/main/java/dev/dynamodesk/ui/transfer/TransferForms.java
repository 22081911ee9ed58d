package dev.dynamodesk.ui.transfer;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import dev.dynamodesk.transfer.ExportFormat;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Layout pieces the export and import forms share: a label column, a growing field column, a file row. */
final class TransferForms {
    private TransferForms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints grows = new ColumnConstraints();
        grows.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grows);
        return grid;
    }

    /** The formats by name and extension, DynamoDB JSON lines chosen. */
    static ChoiceBox<ExportFormat> formatChoice(String id) {
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId(id);
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat value) {
                return value == null ? "" : value.label() + " (." + value.extension() + ")";
            }

            @Override
            public ExportFormat fromString(String text) {
                return java.util.Arrays.stream(ExportFormat.values()).filter(f -> toString(f).equals(text)).findFirst().orElse(null);
            }
        });
        format.setValue(ExportFormat.DYNAMODB_JSON_LINES);
        return format;
    }

    static HBox fileRow(TextField file, Button browse) {
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox row = new HBox(6, file, browse);
        row.setMaxWidth(Double.MAX_VALUE);
        return row;
    }
}
