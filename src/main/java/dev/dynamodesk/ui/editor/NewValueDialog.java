package dev.dynamodesk.ui.editor;

import dev.dynamodesk.item.AttributeType;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a new attribute's (or map entry's) name and type, or only a type for a list element. */
final class NewValueDialog {
    record Answer(String name, AttributeType type) {
    }

    private NewValueDialog() {
    }

    static Optional<Answer> ask(Window owner, String title, boolean named) {
        TextField name = new TextField();
        name.setId("newValueName");
        name.setPromptText("name");
        ComboBox<AttributeType> type = new ComboBox<>();
        type.setId("newValueType");
        type.getItems().setAll(AttributeType.values());
        type.setValue(AttributeType.S);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        if (named) {
            form.addRow(0, new Label("Name"), name);
        }
        form.addRow(1, new Label("Type"), type);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, add);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("newValueDialog");
        if (named) {
            dialog.getDialogPane().lookupButton(add).disableProperty().bind(name.textProperty().isEmpty());
        }
        dialog.initOwner(owner);
        return dialog.showAndWait().filter(add::equals).map(button -> new Answer(name.getText(), type.getValue()));
    }
}
