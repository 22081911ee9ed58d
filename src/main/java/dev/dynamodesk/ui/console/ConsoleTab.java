package dev.dynamodesk.ui.console;

import dev.dynamodesk.ui.connection.ConnectionViewModel;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A tab holding one connection's PartiQL console; closing it keeps the script for next time. */
public final class ConsoleTab extends Tab {
    private final ConnectionViewModel connection;
    private final ConsoleView view;

    public ConsoleTab(ConnectionViewModel connection, ConsoleView view) {
        this.connection = connection;
        this.view = view;
        setText("PartiQL · " + connection.profile().name());
        setGraphic(FontIcon.of(Feather.TERMINAL));
        setTooltip(new Tooltip("PartiQL console of " + connection.profile().name()));
        setContent(view);
        setId("consoleTab");
        setOnClosed(event -> {
            view.model().cancel();
            view.saveDraft();
        });
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public ConsoleView view() {
        return view;
    }
}
