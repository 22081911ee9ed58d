package dev.dynamodesk.connection;

import java.util.Locale;
import java.util.Optional;

/**
 * The colours a connection can wear on its rows and tabs. Named, not free RGB: the theme's CSS
 * gives each its shade (light and dark), and profiles.json stores the name.
 */
public enum ConnectionColour {
    GREY("Grey"), RED("Red"), ORANGE("Orange"), AMBER("Amber"), GREEN("Green"), TEAL("Teal"), BLUE("Blue"),
    PURPLE("Purple"), PINK("Pink");

    private final String label;

    ConnectionColour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name kept in a profile ("red"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The CSS class that paints it ("connection-colour-red"). */
    public String styleClass() {
        return "connection-colour-" + key();
    }

    /** The colour a profile names, if it names one this version knows. */
    public static Optional<ConnectionColour> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (ConnectionColour colour : values()) {
            if (colour.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(colour);
            }
        }
        return Optional.empty();
    }
}
