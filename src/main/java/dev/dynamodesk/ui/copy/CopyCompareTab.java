package dev.dynamodesk.ui.copy;

import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.scene.control.Tab;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Copy or compare one table, in a tab; closing it stops what runs (a copy keeps its checkpoints). */
public final class CopyCompareTab extends Tab {
    private final ConnectionViewModel connection;
    private final CopyCompareViewModel model;

    public CopyCompareTab(ConnectionViewModel connection, CopyCompareViewModel model) {
        super("Copy / compare: " + model.table());
        this.connection = connection;
        this.model = model;
        setId("tab-copy-" + model.table());
        setGraphic(FontIcon.of(Feather.COLUMNS));
        setContent(new CopyCompareView(model));
        setOnClosed(event -> model.stop());
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public CopyCompareViewModel model() {
        return model;
    }
}
