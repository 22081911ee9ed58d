package dev.dynamodesk.ui.ops;

import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.scene.control.Tab;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The live tail of one table's stream, in a tab; closing it stops following. */
public final class StreamTailTab extends Tab {
    private final ConnectionViewModel connection;
    private final StreamTailViewModel model;

    public StreamTailTab(ConnectionViewModel connection, StreamTailViewModel model) {
        super("Stream: " + model.table());
        this.connection = connection;
        this.model = model;
        setId("tab-stream-" + model.table());
        setGraphic(FontIcon.of(Feather.ACTIVITY));
        setContent(new StreamTailView(model));
        setOnClosed(event -> model.stop());
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public StreamTailViewModel model() {
        return model;
    }
}
