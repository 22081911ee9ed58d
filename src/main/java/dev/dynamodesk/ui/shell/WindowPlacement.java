package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.AppSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the window opens: where it was last time, if that is still on a screen; else centred, 90% at most. */
final class WindowPlacement {
    private WindowPlacement() {
    }

    static void place(Stage stage, AppSettings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        var remembered = settings.knownWindow().filter(WindowPlacement::fitsOnAScreen);
        if (remembered.isPresent()) {
            var bounds = remembered.get();
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        } else {
            double width = Math.min(1360, screen.getWidth() * 0.9);
            double height = Math.min(860, screen.getHeight() * 0.9);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        }
        stage.setMinWidth(720);
        stage.setMinHeight(480);
    }

    /** The bounds to remember now. */
    static AppSettings.WindowBounds of(Stage stage) {
        return new AppSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    private static boolean fitsOnAScreen(AppSettings.WindowBounds bounds) {
        // A window remembered on a monitor that is gone would open out of sight.
        return !Screen.getScreensForRectangle(bounds.x() + 40, bounds.y() + 10, 100, 20).isEmpty();
    }
}
