package dev.dynamodesk.ui.browser.admin;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableDetails;
import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.admin.TableRequests;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Creating, changing and deleting tables: asks with a dialog that shows the requests, sends them
 * in the background with progress, then refreshes the table list and tells the window.
 */
public final class TableActions {
    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    private final BiConsumer<ConnectionViewModel, String> opened;
    private final BiConsumer<ConnectionViewModel, String> deleted;

    /**
     * {@code opened} is told of a table just created (to open it); {@code deleted} of one just
     * deleted (to close its tabs).
     */
    public TableActions(TaskRunner tasks, Supplier<Window> owner, BiConsumer<ConnectionViewModel, String> opened,
                        BiConsumer<ConnectionViewModel, String> deleted) {
        this.tasks = tasks;
        this.owner = owner;
        this.opened = opened;
        this.deleted = deleted;
    }

    public static boolean allowed(ConnectionViewModel connection) {
        return connection.services() != null && !connection.services().guard().readOnly();
    }

    public void create(ConnectionViewModel connection) {
        if (!allowed(connection)) {
            return;
        }
        CreateTableDialog.ask(owner.get(), connection.profile().name()).ifPresent(spec ->
                send(connection, TableRequests.create(spec), "Creating " + spec.name(), () -> opened.accept(connection, spec.name())));
    }

    public void edit(ConnectionViewModel connection, TableDetails current, Runnable after) {
        if (!allowed(connection)) {
            return;
        }
        EditTableDialog.ask(owner.get(), current).ifPresent(requests ->
                send(connection, requests, "Changing " + current.info().name(), after));
    }

    public void delete(ConnectionViewModel connection, String table) {
        if (!allowed(connection)) {
            return;
        }
        DeleteTableDialog.ask(owner.get(), table, connection.profile().name()).ifPresent(request ->
                send(connection, List.of(request), "Deleting " + table, () -> deleted.accept(connection, table)));
    }

    private void send(ConnectionViewModel connection, List<PlannedRequest> requests, String title, Runnable after) {
        DynamoServices services = connection.services();
        tasks.task(title, context -> {
                    services.admin().execute(requests, context.cancelled(), context::message);
                    return null;
                })
                .onSuccess(done -> {
                    connection.refreshTables();
                    after.run();
                })
                .onFailure(failure -> {
                    connection.refreshTables();
                    DialogService.current().error(owner.get(), title + " failed", failure);
                })
                .start();
    }
}
