package dev.dynamodesk.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: a {@code Label} in a {@code Stage}, timed the way the app
 * times its own window. Its {@code main} does not extend Application, as the app's does not, so it
 * starts from the class path as the app's jar does.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 1296, 810));
            stage.show();
            System.out.println("Window shown " + (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after the JVM started");
            Platform.runLater(Platform::exit);
        }
    }
}
