package dev.dynamodesk.ui.shell;

import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The window's working state without its controls: the connections, the open pages (one per tab,
 * in tab order), the selected page, and the connection in use (the selected page's, else the one
 * in use before, else the first). {@code MainWindow} lays a tab out for each page and tells the
 * workspace what the user did to the tabs; the rules live here, tested without a toolkit.
 */
final class Workspace {
    private final ObservableList<ConnectionViewModel> connections;
    private final ObservableList<WorkspacePage> pages = FXCollections.observableArrayList();
    private final ObservableList<WorkspacePage> pagesView = FXCollections.unmodifiableObservableList(pages);
    private final ReadOnlyObjectWrapper<WorkspacePage> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<ConnectionViewModel> activeConnection = new ReadOnlyObjectWrapper<>(this, "activeConnection");

    Workspace(ObservableList<ConnectionViewModel> connections) {
        this.connections = connections;
        connections.addListener((ListChangeListener<ConnectionViewModel>) change -> updateActiveConnection());
    }

    ObservableList<ConnectionViewModel> connections() {
        return connections;
    }

    /** The open pages, in tab order. */
    ObservableList<WorkspacePage> pages() {
        return pagesView;
    }

    ReadOnlyObjectProperty<WorkspacePage> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ConnectionViewModel> activeConnectionProperty() {
        return activeConnection.getReadOnlyProperty();
    }

    ConnectionViewModel activeConnection() {
        return activeConnection.get();
    }

    /** The page already showing the table, if one is open. */
    Optional<WorkspacePage> tablePage(ConnectionViewModel connection, String table) {
        return pages.stream().filter(page -> page.showsTable(connection, table)).findFirst();
    }

    /** The connection's console, if open (one per connection). */
    Optional<WorkspacePage> consolePage(ConnectionViewModel connection) {
        return pages.stream().filter(page -> page.kind() == WorkspacePage.Kind.CONSOLE && page.connection() == connection)
                .findFirst();
    }

    /** The connection's bulk change history, if open (one per connection). */
    Optional<WorkspacePage> bulkHistoryPage(ConnectionViewModel connection) {
        return connectionPage(WorkspacePage.Kind.BULK_HISTORY, connection);
    }

    /** The connection's S3 exports and imports, if open (one per connection). */
    Optional<WorkspacePage> s3JobsPage(ConnectionViewModel connection) {
        return connectionPage(WorkspacePage.Kind.S3_JOBS, connection);
    }

    private Optional<WorkspacePage> connectionPage(WorkspacePage.Kind kind, ConnectionViewModel connection) {
        return pages.stream().filter(page -> page.kind() == kind && page.connection() == connection).findFirst();
    }

    Optional<WorkspacePage> gettingStartedPage() {
        return pages.stream().filter(page -> page.kind() == WorkspacePage.Kind.GETTING_STARTED).findFirst();
    }

    /** Every page of a connection (before it is removed, they close). */
    List<WorkspacePage> pagesOf(ConnectionViewModel connection) {
        return pages.stream().filter(page -> page.connection() == connection).toList();
    }

    /** A page opened at {@code index} (or at the end when negative). It is not selected by this. */
    void opened(WorkspacePage page, int index) {
        if (pages.contains(page)) {
            return;
        }
        pages.add(index < 0 ? pages.size() : Math.min(index, pages.size()), page);
    }

    /** A page's tab was closed. */
    void closed(WorkspacePage page) {
        pages.remove(page);
        if (selected.get() == page) {
            selected.set(null);
        }
        updateActiveConnection();
    }

    /** The user (or the window) selected a page; null when no tab is left. */
    void selected(WorkspacePage page) {
        selected.set(page != null && pages.contains(page) ? page : null);
        updateActiveConnection();
    }

    private void updateActiveConnection() {
        WorkspacePage page = selected.get();
        if (page != null && page.connection() != null) {
            activeConnection.set(page.connection());
        } else if (activeConnection.get() == null || !connections.contains(activeConnection.get())) {
            activeConnection.set(connections.isEmpty() ? null : connections.get(0));
        }
    }
}
