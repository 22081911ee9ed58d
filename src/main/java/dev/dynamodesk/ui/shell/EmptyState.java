package dev.dynamodesk.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the centre shows while no tab is open: how to open one, and the way back to Getting started. */
final class EmptyState {
    private EmptyState() {
    }

    static VBox create(ObservableList<Tab> tabs, WindowCommands commands) {
        FontIcon icon = FontIcon.of(Feather.LAYERS);
        icon.getStyleClass().add("empty-state-icon");
        Label title = new Label("Open a table to browse its items");
        title.getStyleClass().add("empty-state-title");
        Label text = new Label("Double-click a table on the left, or select it and press Enter.\n"
                + "Ctrl+P filters the table list; Ctrl+E opens the PartiQL console; F5 refreshes.");
        text.getStyleClass().add("empty-state-text");
        Hyperlink start = new Hyperlink("Getting started");
        start.setId("emptyGettingStarted");
        start.setOnAction(event -> commands.run(WindowCommand.GETTING_STARTED));
        Hyperlink keys = new Hyperlink(WindowCommand.SHORTCUTS.text() + " (" + WindowCommand.SHORTCUTS.shortcutText() + ")");
        keys.setOnAction(event -> commands.run(WindowCommand.SHORTCUTS));
        HBox links = new HBox(12, start, keys);
        links.setAlignment(Pos.CENTER);
        VBox box = new VBox(10, icon, title, text, links);
        box.setId("emptyState");
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(Bindings.isEmpty(tabs));
        return box;
    }
}
