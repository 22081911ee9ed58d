package dev.dynamodesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * Every command of the window, named once: its id, its text, what it does in words, its shortcut
 * and its icon. The menu bar, Help ▸ Keyboard shortcuts and the Getting started buttons are built
 * from these; what each does is bound by the window ({@link WindowCommands}). A new feature adds a
 * constant here and binds it, instead of another positional callback.
 */
enum WindowCommand {
    FIND_TABLE("findTable", "Find table…", "Filter the table list; ↓ or Enter picks the first match", shortcut(KeyCode.P), null),
    NEW_CONNECTION("newConnection", "New connection…", "New connection", shortcut(KeyCode.N, KeyCombination.SHIFT_DOWN),
            Feather.LINK),
    EDIT_CONNECTION("editConnection", "Edit connection…", "Edit the selected connection", null, null),
    REMOVE_CONNECTION("removeConnection", "Remove connection…", "Remove the selected connection (asks first)", null, null),
    IMPORT_AWS_PROFILES("importAwsProfiles", "Import AWS profiles", "A connection for every AWS profile that has none", null,
            null),
    OPEN_CONSOLE("openConsole", "PartiQL console", "PartiQL console of the connection in use", shortcut(KeyCode.E),
            Feather.TERMINAL),
    EXPORT_TABLE("exportTable", "Export table…", "Export the selected table, or the open tab's results",
            shortcut(KeyCode.E, KeyCombination.SHIFT_DOWN), Feather.UPLOAD),
    IMPORT_TABLE("importTable", "Import into table…", "Import into the selected table",
            shortcut(KeyCode.I, KeyCombination.SHIFT_DOWN), Feather.DOWNLOAD),
    IMPORT_NEW_TABLE("importNewTable", "Import into new table…", "Import a file into a table made for it", null, null),
    SAVE_ENTITY_MODEL("saveEntityModel", "Save entity model…", "Save the open table's entities and access patterns to a file",
            null, null),
    LOAD_ENTITY_MODEL("loadEntityModel", "Load entity model…", "Load the open table's entity model (Dynamo Desk's or NoSQL"
            + " Workbench's)", null, null),
    REFRESH("refresh", "Refresh", "Refresh the open table, or the table lists", new KeyCodeCombination(KeyCode.F5), null),
    CLOSE_TAB("closeTab", "Close tab", "Close the tab", shortcut(KeyCode.W), null),
    DARK_THEME("darkTheme", "Dark theme", "Dark or light theme", shortcut(KeyCode.D, KeyCombination.SHIFT_DOWN), Feather.MOON),
    SHORTCUTS("keyboardShortcuts", "Keyboard shortcuts", "This list", new KeyCodeCombination(KeyCode.F1), null),
    EXIT("exit", "Exit", "Quit", shortcut(KeyCode.Q), null),
    GETTING_STARTED("gettingStarted", "Getting started", "The first steps, with the sample data", null, null),
    ABOUT("about", "About Dynamo Desk", "Version, licences and where the app keeps its files", null, null),
    OPEN_SAMPLE_TABLE("openSampleTable", "Open UserData", "Open the sample UserData table of the built-in Local", null, null);

    private final String id;
    private final String text;
    private final String description;
    private final KeyCombination shortcut;
    private final Ikon icon;

    WindowCommand(String id, String text, String description, KeyCombination shortcut, Ikon icon) {
        this.id = id;
        this.text = text;
        this.description = description;
        this.shortcut = shortcut;
        this.icon = icon;
    }

    String id() {
        return id;
    }

    String text() {
        return text;
    }

    String description() {
        return description;
    }

    /** Null when the command has none. */
    KeyCombination shortcut() {
        return shortcut;
    }

    /** Null when the command has none. */
    Ikon icon() {
        return icon;
    }

    /** The shortcut as people write it ("Ctrl+Shift+E", "F5"), the same on every system's list. */
    String shortcutText() {
        if (shortcut == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (shortcut.getShortcut() == KeyCombination.ModifierValue.DOWN || shortcut.getControl() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Ctrl");
        }
        if (shortcut.getShift() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Shift");
        }
        if (shortcut.getAlt() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Alt");
        }
        parts.add(((KeyCodeCombination) shortcut).getCode().getName());
        return String.join("+", parts);
    }

    private static KeyCombination shortcut(KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] modifiers = new KeyCombination.Modifier[more.length + 1];
        modifiers[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, modifiers, 1, more.length);
        return new KeyCodeCombination(key, modifiers);
    }
}
