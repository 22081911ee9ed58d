package dev.dynamodesk.ui.browser;

import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A tab showing one table of one connection. Closing it stops any page still loading. */
public final class TableTab extends Tab {
    private final ConnectionViewModel connection;
    private final ItemGridViewModel model;

    public TableTab(ConnectionViewModel connection, ItemGridViewModel model, TableLayouts layouts, QueryLibrary library) {
        super(model.tableName());
        this.connection = connection;
        this.model = model;
        setId("tab-" + model.tableName());
        setGraphic(FontIcon.of(Feather.GRID));
        setTooltip(new Tooltip(connection.profile().name() + " · " + model.tableName()));
        String tableKey = connection.profile().id() + "/" + model.tableName();
        ItemGridView view = new ItemGridView(model, layouts, tableKey);
        view.setBuilder(new QueryBuilderView(new QueryBuilderModel(model, library, tableKey), model.columns()));
        TableInfoModel info = new TableInfoModel(model.tableName(), connection.services(), model.tasks());
        view.setInfo(new TableInfoView(info, new HBox()), info);
        setContent(view);
        setOnClosed(event -> model.cancel());
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public ItemGridViewModel model() {
        return model;
    }

    public boolean shows(ConnectionViewModel otherConnection, String tableName) {
        return connection == otherConnection && model.tableName().equals(tableName);
    }
}
