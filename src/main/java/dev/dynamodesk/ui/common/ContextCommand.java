package dev.dynamodesk.ui.common;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * One entry of a context menu, named once: its id, its text, when it is enabled and what it does.
 * A context menu is a list of these ({@link ContextMenus#of}); each one's enabled-when (and text,
 * where it changes) is asked again every time the menu opens, so no rule lives apart from its item.
 */
public final class ContextCommand {
    private final String id;
    private final Supplier<String> text;
    private final BooleanSupplier enabledWhen;
    private final Runnable action;
    private final List<ContextCommand> children;
    private final MenuItem prebuilt;

    private ContextCommand(String id, Supplier<String> text, BooleanSupplier enabledWhen, Runnable action,
            List<ContextCommand> children, MenuItem prebuilt) {
        this.id = id;
        this.text = text;
        this.enabledWhen = enabledWhen;
        this.action = action;
        this.children = children;
        this.prebuilt = prebuilt;
    }

    /** A command always enabled; {@code id} may be null when nothing looks it up. */
    public static ContextCommand of(String id, String text, Runnable action) {
        return new ContextCommand(id, () -> text, () -> true, action, List.of(), null);
    }

    /** A submenu of these commands; enabled unless given a rule of its own. */
    public static ContextCommand submenu(String id, String text, List<ContextCommand> children) {
        return new ContextCommand(id, () -> text, () -> true, null, List.copyOf(children), null);
    }

    /** An item built elsewhere (a submenu filled on demand), with its enabled-when kept here. */
    public static ContextCommand prebuilt(MenuItem item) {
        return new ContextCommand(item.getId(), item::getText, () -> true, null, List.of(), item);
    }

    public ContextCommand enabledWhen(BooleanSupplier rule) {
        return new ContextCommand(id, text, rule, action, children, prebuilt);
    }

    /** For an entry whose words follow the state ("Connect" / "Reconnect"). */
    public ContextCommand textWhenShown(Supplier<String> words) {
        return new ContextCommand(id, words, enabledWhen, action, children, prebuilt);
    }

    public String id() {
        return id;
    }

    /** The text it shows now. */
    public String text() {
        return text.get();
    }

    /** Whether it is enabled now. */
    public boolean enabled() {
        return enabledWhen.getAsBoolean();
    }

    /** Does what it does, if it is enabled now (as a click on it would). */
    public void run() {
        if (enabled() && action != null) {
            action.run();
        }
    }

    List<ContextCommand> children() {
        return children;
    }

    /** A menu item doing this command; {@link #refresh} brings its state up to date. */
    MenuItem menuItem() {
        if (prebuilt != null) {
            return prebuilt;
        }
        MenuItem item = children.isEmpty() ? new MenuItem(text()) : new Menu(text());
        item.setId(id);
        if (action != null) {
            item.setOnAction(event -> run());
        }
        if (item instanceof Menu menu) {
            children.forEach(child -> menu.getItems().add(child.menuItem()));
        }
        return item;
    }

    void refresh(MenuItem item) {
        item.setDisable(!enabled());
        if (prebuilt == null) {
            item.setText(text());
        }
        if (item instanceof Menu menu && !children.isEmpty()) {
            for (int i = 0; i < children.size(); i++) {
                children.get(i).refresh(menu.getItems().get(i));
            }
        }
    }
}
