package dev.dynamodesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Builds context menus from {@link ContextCommand}s. */
public final class ContextMenus {
    /** Stands between groups of commands. */
    public static final ContextCommand SEPARATOR = ContextCommand.of(null, "", null);

    private ContextMenus() {
    }

    /** A context menu of these commands, each one's state asked again whenever it opens. */
    public static ContextMenu of(List<ContextCommand> commands) {
        return of(commands, () -> { });
    }

    /** The same, with {@code beforeShowing} run first each time (to fill a submenu made on demand). */
    public static ContextMenu of(List<ContextCommand> commands, Runnable beforeShowing) {
        ContextMenu menu = new ContextMenu();
        List<ContextCommand> shown = new ArrayList<>();
        List<MenuItem> items = new ArrayList<>();
        for (ContextCommand command : commands) {
            if (command == SEPARATOR) {
                menu.getItems().add(new SeparatorMenuItem());
                continue;
            }
            MenuItem item = command.menuItem();
            menu.getItems().add(item);
            shown.add(command);
            items.add(item);
        }
        menu.setOnShowing(event -> {
            beforeShowing.run();
            for (int i = 0; i < shown.size(); i++) {
                shown.get(i).refresh(items.get(i));
            }
        });
        return menu;
    }
}
