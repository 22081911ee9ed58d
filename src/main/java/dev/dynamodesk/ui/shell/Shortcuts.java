package dev.dynamodesk.ui.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Every keyboard shortcut, grouped, as Help ▸ Keyboard shortcuts lists them (the README has the same
 * table). The window's own come from its commands ({@link WindowCommand}); the views' are listed here.
 */
final class Shortcuts {
    record Shortcut(String keys, String does) {
    }

    record Group(String name, List<Shortcut> shortcuts) {
    }

    private Shortcuts() {
    }

    /** The window's commands that have a shortcut, in the commands' order, and opening what is selected. */
    private static List<Shortcut> anywhere() {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (WindowCommand command : WindowCommand.values()) {
            if (command.shortcut() != null) {
                shortcuts.add(new Shortcut(command.shortcutText(), command.description()));
            }
        }
        shortcuts.add(Math.min(1, shortcuts.size()), new Shortcut("Enter / double-click", "Open the selected table or connection"));
        return List.copyOf(shortcuts);
    }

    static final List<Group> ALL = List.of(
            new Group("Anywhere", anywhere()),
            new Group("Table", List.of(
                    new Shortcut("Ctrl+Enter", "Run the scan or query in the builder"),
                    new Shortcut("Enter / double-click", "Open the selected item in the editor"),
                    new Shortcut("Ctrl+C", "Copy the selected rows as TSV (right-click for other formats and code)"),
                    new Shortcut("Delete", "Delete the selected items (asks first)"))),
            new Group("Item editor", List.of(
                    new Shortcut("F2 / Enter", "Type the selected value in place (or open the full editor)"),
                    new Shortcut("Ctrl+S", "Save the changed attributes"),
                    new Shortcut("Ctrl+Z / Ctrl+Y", "Undo / redo"))),
            new Group("PartiQL console", List.of(
                    new Shortcut("Ctrl+Enter", "Run the statement at the caret, or the selection"),
                    new Shortcut("Ctrl+Shift+Enter", "Run every statement in turn"),
                    new Shortcut("Ctrl+Space", "Complete table, index, attribute and keyword"),
                    new Shortcut("Ctrl+/", "Comment or uncomment the lines"),
                    new Shortcut("Ctrl+F / Ctrl+H", "Find / find and replace"))));
}
