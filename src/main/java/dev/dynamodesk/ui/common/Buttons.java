package dev.dynamodesk.ui.common;

import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A button with a label, an icon, an id for tests and an action. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String text, String id, Feather icon, Runnable action) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
