package dev.dynamodesk.ui.shell;

import java.util.List;

/** Every keyboard shortcut, grouped, as Help ▸ Keyboard shortcuts lists them (the README has the same table). */
final class Shortcuts {
    record Shortcut(String keys, String does) {
    }

    record Group(String name, List<Shortcut> shortcuts) {
    }

    private Shortcuts() {
    }

    static final List<Group> ALL = List.of(
            new Group("Anywhere", List.of(
                    new Shortcut("Ctrl+P", "Filter the table list; ↓ or Enter picks the first match"),
                    new Shortcut("Enter / double-click", "Open the selected table or connection"),
                    new Shortcut("Ctrl+Shift+N", "New connection"),
                    new Shortcut("Ctrl+E", "PartiQL console of the connection in use"),
                    new Shortcut("Ctrl+Shift+E", "Export the selected table, or the open tab's results"),
                    new Shortcut("Ctrl+Shift+I", "Import into the selected table"),
                    new Shortcut("F5", "Refresh the open table, or the table lists"),
                    new Shortcut("Ctrl+W", "Close the tab"),
                    new Shortcut("Ctrl+Shift+D", "Dark or light theme"),
                    new Shortcut("F1", "This list"),
                    new Shortcut("Ctrl+Q", "Quit"))),
            new Group("Table", List.of(
                    new Shortcut("Ctrl+Enter", "Run the scan or query in the builder"),
                    new Shortcut("Enter / double-click", "Open the selected item in the editor"),
                    new Shortcut("Ctrl+C", "Copy the selected rows as TSV (right-click for other formats and code)"),
                    new Shortcut("Delete", "Delete the selected items (asks first)"))),
            new Group("Item editor", List.of(
                    new Shortcut("Ctrl+S", "Save the changed attributes"),
                    new Shortcut("Ctrl+Z / Ctrl+Y", "Undo / redo"))),
            new Group("PartiQL console", List.of(
                    new Shortcut("Ctrl+Enter", "Run the statement at the caret, or the selection"),
                    new Shortcut("Ctrl+Shift+Enter", "Run every statement in turn"),
                    new Shortcut("Ctrl+Space", "Complete table, index, attribute and keyword"),
                    new Shortcut("Ctrl+/", "Comment or uncomment the lines"),
                    new Shortcut("Ctrl+F / Ctrl+H", "Find / find and replace"))));
}
