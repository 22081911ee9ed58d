package dev.dynamodesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the window's commands do (bound once, by name) and the controls made from them: menu items
 * with their shortcut and icon, buttons. A command bound to nothing is a mistake the window finds
 * at start ({@link #checkAllBound}).
 */
final class WindowCommands {
    private final Map<WindowCommand, Runnable> actions = new EnumMap<>(WindowCommand.class);
    private final Map<WindowCommand, ObservableBooleanValue> enabled = new EnumMap<>(WindowCommand.class);

    WindowCommands bind(WindowCommand command, Runnable action) {
        if (actions.putIfAbsent(command, action) != null) {
            throw new IllegalStateException(command + " is bound twice");
        }
        return this;
    }

    /** The command can be used only while {@code condition} holds (its menu item and buttons are greyed out otherwise). */
    WindowCommands enableWhen(WindowCommand command, ObservableBooleanValue condition) {
        enabled.put(command, condition);
        return this;
    }

    void checkAllBound() {
        for (WindowCommand command : WindowCommand.values()) {
            if (!actions.containsKey(command) && command != WindowCommand.DARK_THEME) {
                throw new IllegalStateException("The window does not bind " + command);
            }
        }
    }

    boolean isEnabled(WindowCommand command) {
        ObservableBooleanValue condition = enabled.get(command);
        return condition == null || condition.get();
    }

    /** Runs the command when it can be used now. */
    void run(WindowCommand command) {
        Runnable action = actions.get(command);
        if (action != null && isEnabled(command)) {
            action.run();
        }
    }

    MenuItem menuItem(WindowCommand command) {
        return dress(new MenuItem(command.text()), command);
    }

    /** A toggle ({@link WindowCommand#DARK_THEME}): checked while {@code on} is true, and turning it over turns it over. */
    CheckMenuItem checkItem(WindowCommand command, BooleanProperty on) {
        CheckMenuItem item = new CheckMenuItem(command.text());
        dress(item, command);
        item.setOnAction(null);
        item.selectedProperty().bindBidirectional(on);
        return item;
    }

    Button button(WindowCommand command, String id) {
        Button button = new Button(command.text());
        button.setId(id);
        button.setOnAction(event -> run(command));
        disableUnlessEnabled(button.disableProperty(), command);
        return button;
    }

    private <T extends MenuItem> T dress(T item, WindowCommand command) {
        item.setId(command.id());
        item.setOnAction(event -> run(command));
        if (command.shortcut() != null) {
            item.setAccelerator(command.shortcut());
        }
        if (command.icon() != null) {
            item.setGraphic(FontIcon.of(command.icon()));
        }
        disableUnlessEnabled(item.disableProperty(), command);
        return item;
    }

    private void disableUnlessEnabled(BooleanProperty disable, WindowCommand command) {
        ObservableBooleanValue condition = enabled.get(command);
        if (condition != null) {
            disable.bind(Bindings.not(condition));
        }
    }
}
