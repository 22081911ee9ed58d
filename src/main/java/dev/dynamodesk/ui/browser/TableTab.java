package dev.dynamodesk.ui.browser;

import dev.dynamodesk.ui.connection.ConnectionViewModel;
import dev.dynamodesk.ui.browser.admin.TableActions;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A tab showing one table of one connection. Closing it stops any page still loading. */
public final class TableTab extends Tab {
    private final ConnectionViewModel connection;
    private final ItemGridViewModel model;
    private final dev.dynamodesk.ui.entity.EntityViewModel entities;
    private final dev.dynamodesk.ui.entity.EntitiesView entitiesView;

    public TableTab(ConnectionViewModel connection, ItemGridViewModel model, TableLayouts layouts, QueryLibrary library,
                    TableActions actions, ItemGridView.ItemOpener opener, dev.dynamodesk.ui.entity.EntityModelStore entityModels) {
        super(model.tableName());
        this.connection = connection;
        this.model = model;
        setId("tab-" + model.tableName());
        setGraphic(FontIcon.of(Feather.GRID));
        setTooltip(new Tooltip(connection.profile().name() + " · " + model.tableName()));
        String tableKey = connection.profile().id() + "/" + model.tableName();
        ItemGridView view = new ItemGridView(model, layouts, tableKey, opener);
        view.setBuilder(new QueryBuilderView(new QueryBuilderModel(model, library, tableKey), model.columns()));
        TableInfoModel info = new TableInfoModel(model.tableName(), connection.services(), model.tasks());
        dev.dynamodesk.ui.ops.OperationsModel operations = new dev.dynamodesk.ui.ops.OperationsModel(model.tableName(),
                connection.services(), model.tasks(), TableActions.allowed(connection));
        info.detailsProperty().addListener((observable, old, details) -> operations.refresh());
        operations.onTail(opener::tailStream);
        operations.onTablesChanged(connection::refreshTables);
        model.tasks().task("Reading the time to live of " + model.tableName(),
                context -> connection.services().operations().timeToLiveAttribute(model.tableName()))
                .quiet()
                .onSuccess(attribute -> model.timeToLiveAttributeProperty().set(attribute.orElse(null)))
                .start();
        // A change made on the operations panel shows in the grid's TTL column at once.
        operations.stateProperty().addListener((observable, old, state) -> {
            if (state != null && state.timeToLive().available()) {
                model.timeToLiveAttributeProperty().set(state.timeToLive().value().enabled() ? state.timeToLive().value().attribute() : null);
            }
        });
        view.setInfo(new TableInfoView(info, infoActions(connection, info, actions), new dev.dynamodesk.ui.ops.OperationsPane(operations)),
                info);
        entities = new dev.dynamodesk.ui.entity.EntityViewModel(connection.profile(), connection.services(), model, entityModels);
        entitiesView = new dev.dynamodesk.ui.entity.EntitiesView(entities, view::showItems, opener::create, connection::profile);
        view.setEntities(entitiesView, entities);
        entities.open();
        setContent(view);
        setOnClosed(event -> model.cancel());
    }

    private static HBox infoActions(ConnectionViewModel connection, TableInfoModel info, TableActions actions) {
        Button refresh = new Button("Refresh", FontIcon.of(Feather.REFRESH_CW));
        refresh.setId("refreshInfo");
        refresh.setOnAction(event -> info.refresh());
        Button edit = new Button("Change table…", FontIcon.of(Feather.EDIT_2));
        edit.setId("editTable");
        edit.setOnAction(event -> actions.edit(connection, info.detailsProperty().get(), info::refresh));
        Button delete = new Button("Delete table…", FontIcon.of(Feather.TRASH_2));
        delete.setId("deleteTable");
        delete.getStyleClass().add("danger");
        delete.setOnAction(event -> actions.delete(connection, info.tableName()));
        boolean writable = TableActions.allowed(connection);
        edit.setDisable(!writable);
        delete.setDisable(!writable);
        for (Button button : new Button[] {refresh, edit, delete}) {
            button.getStyleClass().add("small");
        }
        return new HBox(8, refresh, edit, delete);
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

    /** File ▸ Save entity model…: the table's model to a file of the user's. */
    public void saveEntityModel() {
        entitiesView.saveModelAs();
    }

    /** File ▸ Load entity model…: from Dynamo Desk's file or a NoSQL Workbench data model. */
    public void loadEntityModel() {
        entitiesView.loadModel();
    }

    /** The table's single-table design: its entities and access patterns. */
    public dev.dynamodesk.ui.entity.EntityViewModel entities() {
        return entities;
    }
}
