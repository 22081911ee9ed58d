package dev.dynamodesk.ui.transfer;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
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

    static HBox fileRow(TextField file, Button browse) {
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox row = new HBox(6, file, browse);
        row.setMaxWidth(Double.MAX_VALUE);
        return row;
    }
}
