package dev.dynamodesk.ui.shell;

import static dev.dynamodesk.ui.shell.WindowCommand.ABOUT;
import static dev.dynamodesk.ui.shell.WindowCommand.CLOSE_TAB;
import static dev.dynamodesk.ui.shell.WindowCommand.DARK_THEME;
import static dev.dynamodesk.ui.shell.WindowCommand.EDIT_CONNECTION;
import static dev.dynamodesk.ui.shell.WindowCommand.EXIT;
import static dev.dynamodesk.ui.shell.WindowCommand.EXPORT_TABLE;
import static dev.dynamodesk.ui.shell.WindowCommand.FIND_TABLE;
import static dev.dynamodesk.ui.shell.WindowCommand.GETTING_STARTED;
import static dev.dynamodesk.ui.shell.WindowCommand.IMPORT_AWS_PROFILES;
import static dev.dynamodesk.ui.shell.WindowCommand.IMPORT_NEW_TABLE;
import static dev.dynamodesk.ui.shell.WindowCommand.IMPORT_TABLE;
import static dev.dynamodesk.ui.shell.WindowCommand.NEW_CONNECTION;
import static dev.dynamodesk.ui.shell.WindowCommand.OPEN_CONSOLE;
import static dev.dynamodesk.ui.shell.WindowCommand.REFRESH;
import static dev.dynamodesk.ui.shell.WindowCommand.REMOVE_CONNECTION;
import static dev.dynamodesk.ui.shell.WindowCommand.SHORTCUTS;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;

/** The window's menu bar, File, View and Help, made of its commands (their text, shortcut and icon). */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar create(WindowCommands commands, BooleanProperty dark) {
        Menu file = new Menu("_File", null, commands.menuItem(NEW_CONNECTION), commands.menuItem(EDIT_CONNECTION),
                commands.menuItem(REMOVE_CONNECTION), commands.menuItem(IMPORT_AWS_PROFILES), new SeparatorMenuItem(),
                commands.menuItem(OPEN_CONSOLE), commands.menuItem(EXPORT_TABLE), commands.menuItem(IMPORT_TABLE),
                commands.menuItem(IMPORT_NEW_TABLE), new SeparatorMenuItem(), commands.menuItem(WindowCommand.SAVE_ENTITY_MODEL),
                commands.menuItem(WindowCommand.LOAD_ENTITY_MODEL), commands.menuItem(CLOSE_TAB), new SeparatorMenuItem(),
                commands.menuItem(EXIT));
        Menu view = new Menu("_View", null, commands.menuItem(FIND_TABLE), commands.menuItem(REFRESH),
                commands.checkItem(DARK_THEME, dark));
        Menu help = new Menu("_Help", null, commands.menuItem(GETTING_STARTED), commands.menuItem(SHORTCUTS),
                new SeparatorMenuItem(), commands.menuItem(ABOUT));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }
}
