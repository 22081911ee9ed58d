package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.scene.control.Tab;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A connection's bulk change history in a tab. */
public final class BulkHistoryTab extends Tab {
    private final ConnectionViewModel connection;
    private final BulkHistoryViewModel model;

    public BulkHistoryTab(ConnectionViewModel connection, BulkHistoryViewModel model) {
        super("Bulk history");
        this.connection = connection;
        this.model = model;
        setId("tab-bulk-history");
        setGraphic(FontIcon.of(Feather.CLOCK));
        setContent(new BulkHistoryView(model));
        setOnClosed(event -> model.stop());
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public BulkHistoryViewModel model() {
        return model;
    }
}
