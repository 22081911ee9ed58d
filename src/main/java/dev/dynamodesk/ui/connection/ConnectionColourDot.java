package dev.dynamodesk.ui.connection;

import dev.dynamodesk.connection.ConnectionColour;
import dev.dynamodesk.connection.ConnectionProfile;
import java.util.Optional;
import javafx.scene.layout.Region;

/** The small dot in a connection's colour, for its sidebar row and its tabs; painted by app.css. */
public final class ConnectionColourDot {
    private ConnectionColourDot() {
    }

    public static Optional<Region> of(ConnectionProfile profile) {
        return ConnectionColour.of(profile.colour()).map(colour -> {
            Region dot = new Region();
            dot.getStyleClass().addAll("connection-colour-dot", colour.styleClass());
            return dot;
        });
    }
}
