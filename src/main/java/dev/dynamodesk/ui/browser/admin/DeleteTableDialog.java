package dev.dynamodesk.ui.browser.admin;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.admin.TableRequests;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Deleting a table needs its name typed; the request is shown first. */
final class DeleteTableDialog {
    private DeleteTableDialog() {
    }

    static Optional<PlannedRequest> ask(Window owner, String table, String connectionName) {
        PlannedRequest request = TableRequests.delete(table);
        Label warning = new Label("This deletes the table " + table + " and every item in it, on " + connectionName
                + ". It cannot be undone.");
        warning.setWrapText(true);
        Label ask = new Label("Type the table's name to confirm:");
        TextField typed = new TextField();
        typed.setId("confirmTableName");
        typed.setPromptText(table);
        RequestPreview preview = new RequestPreview();
        preview.show(List.of(request));
        preview.setPrefHeight(160);
        VBox content = new VBox(10, warning, ask, typed, preview);
        content.setPrefWidth(520);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Delete table");
        dialog.setHeaderText("Delete " + table + "?");
        ButtonType delete = new ButtonType("Delete table", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, delete);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("deleteTableDialog");
        // AtlantaFX caps dialogs at 600 px; this one needs room.
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        var button = dialog.getDialogPane().lookupButton(delete);
        button.setId("confirmDeleteTable");
        button.getStyleClass().add("danger");
        button.disableProperty().bind(typed.textProperty().isNotEqualTo(table));
        dialog.initOwner(owner);
        return dialog.showAndWait().filter(delete::equals).map(chosen -> request);
    }
}
