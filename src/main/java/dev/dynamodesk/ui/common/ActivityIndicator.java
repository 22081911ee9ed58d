package dev.dynamodesk.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A small "working" sign: one icon turned an eighth eight times a second while it is visible.
 * Not JavaFX's ProgressIndicator: that repaints its arcs every frame, which in the software
 * pipeline took most of each frame while a table loaded (the pulse log's "Painting").
 */
public final class ActivityIndicator extends FontIcon {
    private final Timeline turning = new Timeline(new KeyFrame(Duration.millis(125),
            event -> setRotate((getRotate() + 45) % 360)));

    public ActivityIndicator() {
        super(Feather.LOADER);
        getStyleClass().add("activity-indicator");
        turning.setCycleCount(Animation.INDEFINITE);
        visibleProperty().addListener((observable, was, visible) -> update());
        sceneProperty().addListener((observable, was, scene) -> update());
    }

    private void update() {
        if (isVisible() && getScene() != null) {
            turning.play();
        } else {
            turning.stop();
        }
    }
}
