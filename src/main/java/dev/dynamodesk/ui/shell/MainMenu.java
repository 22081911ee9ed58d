package dev.dynamodesk.ui.shell;

import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's menu bar: File, View, Help, with their shortcuts. What each item does is the window's. */
final class MainMenu {
    /** What the items do. */
    record Actions(Runnable newConnection, Runnable editConnection, Runnable removeConnection, Runnable importAwsProfiles,
                   Runnable openConsole, Runnable exportTable, Runnable importTable, Runnable importNewTable, Runnable closeTab, Runnable exit, Runnable findTable, Runnable refresh,
                   Consumer<Boolean> darkTheme, Runnable gettingStarted, Runnable shortcuts, Runnable about) {
    }

    private MainMenu() {
    }

    static MenuBar create(Actions actions, boolean dark) {
        MenuItem newConnection = item("New connection…", "newConnectionMenu", actions.newConnection(),
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        newConnection.setGraphic(FontIcon.of(Feather.LINK));
        MenuItem editConnection = item("Edit connection…", "editConnectionMenu", actions.editConnection(), null);
        MenuItem removeConnection = item("Remove connection…", "removeConnectionMenu", actions.removeConnection(), null);
        MenuItem importProfiles = item("Import AWS profiles", "importAwsProfiles", actions.importAwsProfiles(), null);
        MenuItem console = item("PartiQL console", "openConsole", actions.openConsole(),
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        console.setGraphic(FontIcon.of(Feather.TERMINAL));
        MenuItem exportTable = item("Export table…", "exportTableMenu", actions.exportTable(),
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        exportTable.setGraphic(FontIcon.of(Feather.UPLOAD));
        MenuItem importTable = item("Import into table…", "importTableMenu", actions.importTable(),
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        importTable.setGraphic(FontIcon.of(Feather.DOWNLOAD));
        MenuItem importNewTable = item("Import into new table…", "importNewTableMenu", actions.importNewTable(), null);
        MenuItem closeTab = item("Close tab", "closeTab", actions.closeTab(), new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        MenuItem exit = item("Exit", "exit", actions.exit(), new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("_File", null, newConnection, editConnection, removeConnection, importProfiles,
                new SeparatorMenuItem(), console, exportTable, importTable, importNewTable, closeTab, new SeparatorMenuItem(), exit);

        MenuItem findTable = item("Find table…", "findTable", actions.findTable(), new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        MenuItem refresh = item("Refresh", "refresh", actions.refresh(), new KeyCodeCombination(KeyCode.F5));
        CheckMenuItem darkTheme = new CheckMenuItem("Dark theme");
        darkTheme.setId("darkTheme");
        darkTheme.setGraphic(FontIcon.of(Feather.MOON));
        darkTheme.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        darkTheme.setSelected(dark);
        darkTheme.selectedProperty().addListener((observable, old, selected) -> actions.darkTheme().accept(selected));
        Menu view = new Menu("_View", null, findTable, refresh, darkTheme);

        Menu help = new Menu("_Help", null,
                item("Getting started", "gettingStarted", actions.gettingStarted(), null),
                item("Keyboard shortcuts", "keyboardShortcuts", actions.shortcuts(), new KeyCodeCombination(KeyCode.F1)),
                new SeparatorMenuItem(),
                item("About Dynamo Desk", "about", actions.about(), null));

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String id, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }
}
