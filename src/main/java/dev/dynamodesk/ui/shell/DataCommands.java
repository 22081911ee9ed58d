package dev.dynamodesk.ui.shell;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.bulk.BulkChanges;
import dev.dynamodesk.dynamo.bulk.JournalFolders;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import dev.dynamodesk.ui.bulk.BulkChangeTab;
import dev.dynamodesk.ui.bulk.BulkChangeViewModel;
import dev.dynamodesk.ui.bulk.BulkHistoryTab;
import dev.dynamodesk.ui.bulk.BulkHistoryViewModel;
import dev.dynamodesk.ui.bulk.BulkTarget;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Opens the pages that move many items, each in a tab: bulk changes (of a grid's selected rows, of
 * every item its query matches, of a console's results), a connection's bulk change history, and
 * copy or compare of a table with another. Read-only connections get neither change nor
 * revert: the write guard would refuse them, and the commands are not offered.
 */
final class DataCommands {
    private final TaskRunner tasks;
    private final TabPane tabs;
    private final Workspace workspace;
    private final WorkspaceTabs workspaceTabs;
    private final Path journals;

    DataCommands(TaskRunner tasks, TabPane tabs, Workspace workspace, WorkspaceTabs workspaceTabs, Path journals) {
        this.tasks = tasks;
        this.tabs = tabs;
        this.workspace = workspace;
        this.workspaceTabs = workspaceTabs;
        this.journals = journals;
    }

    /** A bulk change of {@code rows} (null: every item the grid's query or scan matches, with its filters). */
    void change(ConnectionViewModel connection, ItemGridViewModel grid, List<Item> rows) {
        TableInfo info = grid.tableProperty().get();
        QueryPlan plan = grid.planProperty().get();
        if (info == null || !writable(connection) || (rows == null && plan == null)) {
            return;
        }
        String described = rows != null ? selected(rows) : "every item the current " + (plan.isQuery() ? "query" : "scan")
                + " matches" + (plan.filterExpression() == null ? "" : ", with its filters");
        BulkChangeViewModel model = open(connection, info, rows, plan, described);
        // The grid shows the table as it is after a run or a revert.
        model.phaseProperty().addListener((observable, was, now) -> {
            if ((now == BulkChangeViewModel.Phase.DONE || now == BulkChangeViewModel.Phase.REVERTED)
                    && workspace.tablePage(connection, info.name()).isPresent()) {
                grid.refresh();
            }
        });
    }

    /** A bulk change of rows of a console's SELECT on {@code table} (its keys read first, in the background). */
    void changeRows(ConnectionViewModel connection, String table, List<Item> rows) {
        if (!writable(connection) || rows.isEmpty()) {
            return;
        }
        List<Item> picked = List.copyOf(rows);
        tasks.task("Reading " + table, context -> connection.services().tables().describe(table))
                .onSuccess(info -> open(connection, info, picked, null, selected(picked) + " of a PartiQL SELECT"))
                .onFailure(failure -> dev.dynamodesk.ui.common.DialogService.current().error(tabs.getScene() == null ? null
                        : tabs.getScene().getWindow(), "Could not start a bulk change of " + table, failure))
                .start();
    }

    private static boolean writable(ConnectionViewModel connection) {
        return connection.services() != null && !connection.services().guard().readOnly();
    }

    private static String selected(List<Item> rows) {
        return String.format("%,d selected item%s", rows.size(), rows.size() == 1 ? "" : "s");
    }

    private BulkChangeViewModel open(ConnectionViewModel connection, TableInfo info, List<Item> rows, QueryPlan plan,
                                     String described) {
        BulkChanges bulk = connection.services().bulk();
        List<Item> picked = rows == null ? null : List.copyOf(rows);
        BulkTarget target = new BulkTarget(connection.profile().name(),
                connection.profile().endpoint() == null ? null : connection.profile().endpoint().toString(),
                connection.profile().region(), connection.profile().production(), info, bulk,
                () -> picked != null ? bulk.source(picked, info) : bulk.source(plan, info, 4), described, folder(connection),
                () -> connection.services().describer().describe(info.name()).writeCapacity());
        BulkChangeViewModel model = new BulkChangeViewModel(target, tasks, false);
        BulkChangeTab tab = new BulkChangeTab(connection, model);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return model;
    }

    /** Copy or compare {@code table} with a table of any of {@code connections}, in a tab of its own. */
    void copyOrCompare(ConnectionViewModel connection, String table, javafx.collections.ObservableList<ConnectionViewModel> connections,
                       java.util.function.UnaryOperator<dev.dynamodesk.ui.copy.CopyCompareViewModel> narrowed) {
        if (connection.services() == null) {
            return;
        }
        javafx.collections.transformation.FilteredList<ConnectionViewModel> connected = new javafx.collections.transformation.FilteredList<>(
                connections, other -> other.services() != null);
        dev.dynamodesk.ui.copy.CopyCompareViewModel model = new dev.dynamodesk.ui.copy.CopyCompareViewModel(connection, table, connected,
                tasks, journals.getParent());
        dev.dynamodesk.ui.copy.CopyCompareTab tab = new dev.dynamodesk.ui.copy.CopyCompareTab(connection,
                narrowed == null ? model : narrowed.apply(model));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** The live tail of {@code table}'s stream, in a tab of its own (the open one for the same stream selected). */
    void tailStream(ConnectionViewModel connection, String table, String streamArn) {
        if (connection.services() == null) {
            return;
        }
        for (Tab open : tabs.getTabs()) {
            if (open instanceof dev.dynamodesk.ui.ops.StreamTailTab tail && tail.connection() == connection
                    && tail.model().streamArn().equals(streamArn)) {
                tabs.getSelectionModel().select(open);
                return;
            }
        }
        Tab tab = new dev.dynamodesk.ui.ops.StreamTailTab(connection, new dev.dynamodesk.ui.ops.StreamTailViewModel(table, streamArn,
                connection.services(), tasks));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** Copy of a grid's selected rows, or (null) of everything its query matches, to another table. */
    void copyFromGrid(ConnectionViewModel connection, ItemGridViewModel grid, List<Item> rows,
                      javafx.collections.ObservableList<ConnectionViewModel> connections) {
        QueryPlan plan = grid.planProperty().get();
        if (grid.tableProperty().get() == null || (rows == null && plan == null)) {
            return;
        }
        copyOrCompare(connection, grid.tableName(), connections, model -> rows != null
                ? model.copyingOnly(null, rows, selected(rows))
                : model.copyingOnly(plan, null, "every item the current " + (plan.isQuery() ? "query" : "scan") + " matches"
                + (plan.filterExpression() == null ? "" : ", with its filters")));
    }

    /** The connection's bulk change history, opened or selected. */
    void history(ConnectionViewModel connection) {
        if (connection.services() == null) {
            return;
        }
        Tab open = workspace.bulkHistoryPage(connection).map(workspaceTabs::tabOf).orElse(null);
        if (open == null) {
            open = new BulkHistoryTab(connection, new BulkHistoryViewModel(connection.profile().name(),
                    connection.profile().production(), folder(connection), connection.services(), tasks));
            tabs.getTabs().add(open);
        }
        tabs.getSelectionModel().select(open);
    }

    /** The connection's exports to S3 and imports from S3, account-wide, opened or selected. */
    void s3Jobs(ConnectionViewModel connection) {
        if (connection.services() == null) {
            return;
        }
        Tab open = workspace.s3JobsPage(connection).map(workspaceTabs::tabOf).orElse(null);
        if (open == null) {
            open = new dev.dynamodesk.ui.ops.S3JobsTab(connection, new dev.dynamodesk.ui.ops.S3JobsViewModel(connection.profile().name(),
                    connection.services(), tasks));
            tabs.getTabs().add(open);
        }
        tabs.getSelectionModel().select(open);
    }

    private Path folder(ConnectionViewModel connection) {
        return JournalFolders.of(journals, connection.profile().name());
    }
}
