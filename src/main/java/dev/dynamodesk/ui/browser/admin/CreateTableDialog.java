package dev.dynamodesk.ui.browser.admin;

import dev.dynamodesk.dynamo.admin.CreateTableSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Asks for a new table's definition, showing the request it will send; returns the spec on Create. */
final class CreateTableDialog {
    private CreateTableDialog() {
    }

    static Optional<CreateTableSpec> ask(Window owner, String connectionName) {
        FXMLLoader loader = new FXMLLoader(CreateTableDialog.class.getResource("create-table.fxml"));
        Parent form;
        try {
            form = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The create-table form is part of the app and must load", e);
        }
        CreateTableController controller = loader.getController();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("New table");
        dialog.setHeaderText("Create a table on " + connectionName);
        ButtonType create = new ButtonType("Create table", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, create);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("createTableDialog");
        // AtlantaFX caps dialogs at 600 px; this one needs room.
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(controller.validProperty().not());
        dialog.getDialogPane().lookupButton(create).setId("confirmCreateTable");
        dialog.getDialogPane().setPrefSize(1080, 640);
        dialog.setResizable(true);
        // A dialog sizes itself once, when shown; make room for the form and the request preview.
        dialog.initOwner(owner);
        return dialog.showAndWait().filter(create::equals).map(button -> controller.spec());
    }
}
