package dev.dynamodesk.ui.bulk;

import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bulk pages' buttons: a label, an icon, an id for tests, an action. */
final class Buttons {
    private Buttons() {
    }

    static Button of(String text, String id, Feather icon, Runnable action) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
