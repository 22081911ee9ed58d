package dev.dynamodesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Saves what a UI test shows as a PNG for screenshots/, when the build is asked to
 * ({@code -Ddynamodesk.screenshots=screenshots}, as screenshots/capture.sh does); otherwise nothing.
 * For what is hard to reach with keystrokes on a real display: a conflict, an import under way.
 */
public final class Screenshots {
    private static final String FOLDER = System.getProperty("dynamodesk.screenshots");

    private Screenshots() {
    }

    /** The whole window (scene) the node is in. */
    public static void save(FxRobot robot, Node inWindow, String name) {
        if (FOLDER == null || FOLDER.isBlank()) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = inWindow.getScene().snapshot(null));
        try {
            Path file = Path.of(FOLDER).resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
