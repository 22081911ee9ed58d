package dev.dynamodesk.ui.common;

import dev.dynamodesk.dynamo.ErrorMessages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows a failure as a readable sentence, with the technical details one click away. */
public final class ErrorDialogs {
    private ErrorDialogs() {
    }

    public static Alert show(Window owner, String title, Throwable failure) {
        return show(owner, title, ErrorMessages.describe(failure));
    }

    public static Alert show(Window owner, String title, ErrorMessages.UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.setTitle("Dynamo Desk");
        alert.setHeaderText(title);
        alert.setContentText(error.summary());
        alert.getDialogPane().setId("errorDialog");
        TextArea details = new TextArea(error.details());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        details.getStyleClass().add("error-details");
        alert.getDialogPane().setExpandableContent(details);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
        return alert;
    }
}
