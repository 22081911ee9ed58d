package dev.dynamodesk.ui.common;

import dev.dynamodesk.dynamo.ErrorMessages;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The app's dialogs, as JavaFX alerts owned by the window that asks. */
public final class FxDialogService implements DialogService {

    @Override
    public boolean confirm(Window owner, Question question) {
        ButtonType yes = "OK".equals(question.yes()) ? ButtonType.OK : new ButtonType(question.yes(), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(question.warning() ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION, null,
                ButtonType.CANCEL, yes);
        alert.setHeaderText(question.header());
        // The text as a wrapping label of its own: an Alert's content text is cut on long lines.
        Label text = new Label(question.text());
        text.setWrapText(true);
        text.setId(question.id() + "Text");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStyleClass().add("wide-dialog");
        prepare(alert, owner, question.id());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public boolean confirmTyped(Window owner, Question question, String word) {
        TextInputDialog ask = new TextInputDialog();
        ask.setHeaderText(question.header());
        ask.setContentText(question.text() + " Type " + word + " to confirm:");
        ask.getDialogPane().setId(question.id());
        if (owner != null) {
            ask.initOwner(owner);
        }
        Optional<String> typed = ask.showAndWait();
        return typed.map(String::strip).filter(word::equals).isPresent();
    }

    @Override
    public void tell(Window owner, Notice notice) {
        Alert alert = new Alert(notice.warning() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, notice.text(),
                ButtonType.OK);
        alert.setHeaderText(notice.header());
        prepare(alert, owner, notice.id());
        alert.show();
    }

    @Override
    public void error(Window owner, String title, ErrorMessages.UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.setTitle("Dynamo Desk");
        alert.setHeaderText(title);
        alert.setContentText(error.summary());
        TextArea details = new TextArea(error.details());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        details.getStyleClass().add("error-details");
        alert.getDialogPane().setExpandableContent(details);
        prepare(alert, owner, "errorDialog");
        alert.show();
    }

    private static void prepare(Alert alert, Window owner, String id) {
        if (id != null) {
            alert.getDialogPane().setId(id);
        }
        if (owner != null) {
            alert.initOwner(owner);
        }
    }
}
