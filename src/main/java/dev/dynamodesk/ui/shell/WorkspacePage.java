package dev.dynamodesk.ui.shell;

import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.util.Objects;

/**
 * What one tab of the window shows, as the {@link Workspace} knows it: its kind, the connection it
 * belongs to (none for Getting started) and, for a table, the table. Compared by identity: two
 * editors of one item are two pages; the workspace decides when an open page is reused.
 */
final class WorkspacePage {
    enum Kind { TABLE, ITEM, CONSOLE, BULK_CHANGE, BULK_HISTORY, COPY_COMPARE, STREAM_TAIL, S3_JOBS, GETTING_STARTED }

    private final Kind kind;
    private final ConnectionViewModel connection;
    private final String table;

    private WorkspacePage(Kind kind, ConnectionViewModel connection, String table) {
        this.kind = kind;
        this.connection = connection;
        this.table = table;
    }

    static WorkspacePage table(ConnectionViewModel connection, String table) {
        return new WorkspacePage(Kind.TABLE, Objects.requireNonNull(connection), Objects.requireNonNull(table));
    }

    static WorkspacePage item(ConnectionViewModel connection, String table) {
        return new WorkspacePage(Kind.ITEM, Objects.requireNonNull(connection), table);
    }

    static WorkspacePage console(ConnectionViewModel connection) {
        return new WorkspacePage(Kind.CONSOLE, Objects.requireNonNull(connection), null);
    }

    static WorkspacePage bulkChange(ConnectionViewModel connection, String table) {
        return new WorkspacePage(Kind.BULK_CHANGE, Objects.requireNonNull(connection), Objects.requireNonNull(table));
    }

    static WorkspacePage bulkHistory(ConnectionViewModel connection) {
        return new WorkspacePage(Kind.BULK_HISTORY, Objects.requireNonNull(connection), null);
    }

    static WorkspacePage copyCompare(ConnectionViewModel connection, String table) {
        return new WorkspacePage(Kind.COPY_COMPARE, Objects.requireNonNull(connection), Objects.requireNonNull(table));
    }

    static WorkspacePage streamTail(ConnectionViewModel connection, String table) {
        return new WorkspacePage(Kind.STREAM_TAIL, Objects.requireNonNull(connection), Objects.requireNonNull(table));
    }

    static WorkspacePage s3Jobs(ConnectionViewModel connection) {
        return new WorkspacePage(Kind.S3_JOBS, Objects.requireNonNull(connection), null);
    }

    static WorkspacePage gettingStarted() {
        return new WorkspacePage(Kind.GETTING_STARTED, null, null);
    }

    Kind kind() {
        return kind;
    }

    /** Null for Getting started. */
    ConnectionViewModel connection() {
        return connection;
    }

    /** The table of a table or item page, else null. */
    String table() {
        return table;
    }

    /** Whether this page shows {@code table} of {@code connection} (a table's own page, not its items). */
    boolean showsTable(ConnectionViewModel of, String name) {
        return kind == Kind.TABLE && connection == of && table.equals(name);
    }

    @Override
    public String toString() {
        return kind + (connection == null ? "" : " of " + connection.profile().name()) + (table == null ? "" : " · " + table);
    }
}
