package dev.dynamodesk.ui.shell;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.ui.connection.ConnectionColourDot;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Marks every tab with its connection: a dot in the connection's colour, the connection's name
 * when more than one connection is listed, and a PROD badge and red edge on production tabs, so
 * nobody edits production thinking it is test.
 */
final class TabMarks {
    private static final String ORIGINAL_GRAPHIC = "dynamodesk.originalGraphic";

    private final TabPane tabs;
    private final ObservableList<ConnectionViewModel> connections;

    TabMarks(TabPane tabs, ObservableList<ConnectionViewModel> connections) {
        this.tabs = tabs;
        this.connections = connections;
        tabs.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::mark);
            }
        });
    }

    /** The tab's connection, as its workspace page says (null for Getting started). */
    static ConnectionViewModel connectionOf(Tab tab) {
        return WorkspaceTabs.pageOf(tab).connection();
    }

    void refreshAll() {
        tabs.getTabs().forEach(this::mark);
    }

    private void mark(Tab tab) {
        ConnectionViewModel connection = connectionOf(tab);
        if (connection == null) {
            return;
        }
        if (!tab.getProperties().containsKey(ORIGINAL_GRAPHIC)) {
            tab.getProperties().put(ORIGINAL_GRAPHIC, tab.getGraphic() == null ? new Region() : tab.getGraphic());
        }
        Node original = (Node) tab.getProperties().get(ORIGINAL_GRAPHIC);
        ConnectionProfile profile = connection.profile();
        HBox graphic = new HBox(5);
        graphic.getStyleClass().add("tab-connection-mark");
        ConnectionColourDot.of(profile).ifPresent(graphic.getChildren()::add);
        graphic.getChildren().add(original);
        if (profile.production()) {
            Label prod = new Label("PROD");
            prod.getStyleClass().add("production-badge");
            graphic.getChildren().add(prod);
        }
        if (connections.size() > 1) {
            Label name = new Label(profile.name());
            name.getStyleClass().add("tab-connection-name");
            graphic.getChildren().add(name);
        }
        tab.setGraphic(graphic);
        tab.getStyleClass().remove("production-tab");
        if (profile.production()) {
            tab.getStyleClass().add("production-tab");
        }
        tab.setTooltip(new Tooltip(tab.getText() + "\n" + profile.name() + " · " + profile.region()
                + (profile.production() ? " · PRODUCTION" : "") + (profile.readOnly() ? " · read-only" : "")));
    }
}
