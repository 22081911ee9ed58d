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
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a button's label is never cut to "…"
        button.setOnAction(event -> action.run());
        return button;
    }
}
