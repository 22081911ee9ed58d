package dev.dynamodesk.ui.shell;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app's icon in the sizes window managers pick from (drawn by packaging/icons/make-icons.sh). */
final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** Loaded in the background by JavaFX, so the window does not wait for them. */
    static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            load(size).ifPresent(icons::add);
        }
        return icons;
    }

    static Optional<Image> largest() {
        return load(SIZES[SIZES.length - 1]);
    }

    private static Optional<Image> load(int size) {
        URL url = AppIcons.class.getResource("/dev/dynamodesk/ui/icons/dynamodesk-" + size + ".png");
        return url == null ? Optional.empty() : Optional.of(new Image(url.toExternalForm(), true));
    }

    static void applyTo(Stage stage) {
        stage.getIcons().setAll(all());
    }
}
