package dev.dynamodesk.ui.shell;

import dev.dynamodesk.dynamo.partiql.BoundStatement;
import dev.dynamodesk.ui.browser.TableTab;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import dev.dynamodesk.ui.connection.ConnectionsSidebar;
import dev.dynamodesk.ui.transfer.ExportAction;
import dev.dynamodesk.ui.transfer.ImportAction;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.stage.Window;

/**
 * The window's import and export commands: which table they act on, from the sidebar's choice and
 * the open tab, and where exports go by default (the home folder).
 */
final class TransferCommands {
    private final ExportAction exports;
    private final ImportAction imports;
    private final ConnectionsSidebar sidebar;
    private final Supplier<Tab> selectedTab;
    private final Supplier<ConnectionViewModel> activeConnection;

    TransferCommands(TaskRunner tasks, Supplier<Window> owner, ConnectionsSidebar sidebar, Supplier<Tab> selectedTab,
                     Supplier<ConnectionViewModel> activeConnection, java.util.List<ConnectionViewModel> connections) {
        this.exports = new ExportAction(tasks, owner, Path.of(System.getProperty("user.home")));
        this.imports = new ImportAction(tasks, owner, () -> java.util.List.copyOf(connections));
        this.sidebar = sidebar;
        this.selectedTab = selectedTab;
        this.activeConnection = activeConnection;
    }

    void export(ConnectionViewModel connection, String table) {
        exports.export(connection, table);
    }

    void importInto(ConnectionViewModel connection, String table) {
        imports.importInto(connection, table);
    }

    void exportStatement(ConnectionViewModel connection, BoundStatement statement) {
        exports.exportStatement(connection, statement);
    }

    /**
     * The table chosen in the sidebar, or else the one whose tab is open; when that tab shows the
     * table, its current results (a query, a filter) are offered too.
     */
    void exportFromWindow() {
        TableTab tab = selectedTab.get() instanceof TableTab open ? open : null;
        var chosen = sidebar.selectedTable();
        if (chosen.isPresent() && (tab == null || tab.connection() != chosen.get().connection()
                || !tab.model().tableName().equals(chosen.get().tableName()))) {
            exports.export(chosen.get().connection(), chosen.get().tableName());
        } else if (tab != null) {
            exports.export(tab.connection(), tab.model().tableName(), tab.model().planProperty().get());
        }
    }

    void importIntoSelected() {
        sidebar.selectedTable().ifPresent(table -> imports.importInto(table.connection(), table.tableName()));
    }

    /** Into a new table on the connection chosen in the sidebar, or else the one in use. */
    void importIntoNewTable() {
        sidebar.selectedConnection().or(() -> Optional.ofNullable(activeConnection.get()))
                .ifPresent(connection -> imports.importIntoNewTable(connection, connection::refreshTables));
    }
}
