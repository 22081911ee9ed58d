package dev.dynamodesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.dynamodesk.config.AppSettings.Theme;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies the light or dark AtlantaFX theme (its binary form: parsing the 170 KB text took a tenth of the start), plus the app's own stylesheet of tokens. */
final class Themes {
    static final String APP_CSS = "/dev/dynamodesk/ui/app.css";

    private Themes() {
    }

    static void apply(Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        if (scene != null) {
            scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
            scene.getRoot().getStyleClass().add(theme == Theme.DARK ? "theme-dark" : "theme-light");
        }
    }

    static void addAppStylesheet(Scene scene) {
        scene.getStylesheets().add(Themes.class.getResource(APP_CSS).toExternalForm());
    }
}
