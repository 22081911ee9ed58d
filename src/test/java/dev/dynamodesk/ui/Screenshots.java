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

    /**
     * The whole window showing {@code query}'s node, after checking that node is there and shown
     * (itself and every parent visible, its window open): a picture never shows another screen
     * than its caption says.
     */
    public static void saveShowing(FxRobot robot, String query, String name) {
        if (FOLDER == null || FOLDER.isBlank()) {
            return;
        }
        Node node = robot.lookup(query).tryQuery().orElseThrow(() -> new AssertionError(
                "screenshot " + name + ": nothing matches " + query + " in the window"));
        boolean[] shown = new boolean[1];
        robot.interact(() -> shown[0] = isShown(node));
        if (!shown[0]) {
            throw new AssertionError("screenshot " + name + ": " + query + " is in the window but not shown");
        }
        save(robot, node, name);
    }

    private static boolean isShown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
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
