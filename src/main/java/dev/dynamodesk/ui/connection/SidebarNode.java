package dev.dynamodesk.ui.connection;

/** What a row of the connections tree stands for. */
public sealed interface SidebarNode {
    ConnectionViewModel connection();

    record Connection(ConnectionViewModel connection) implements SidebarNode {
    }

    record Table(ConnectionViewModel connection, String tableName) implements SidebarNode {
    }

    /** Shown under a connection with no (matching) tables, saying why the list is empty. */
    record Hint(ConnectionViewModel connection, String text) implements SidebarNode {
    }
}
