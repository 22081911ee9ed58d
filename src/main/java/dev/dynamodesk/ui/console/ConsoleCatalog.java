package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.partiql.Completions;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names completion offers for one connection: its tables at once, and a table's indexes and
 * attribute names once they have been read in the background (asked for the first time they are
 * wanted; {@code loaded} then runs so an open completion list can refresh).
 */
final class ConsoleCatalog implements Completions.Catalog {
    private final ConnectionViewModel connection;
    private final TaskRunner tasks;
    private final Set<String> asked = new HashSet<>();
    private Runnable loaded = () -> { };

    ConsoleCatalog(ConnectionViewModel connection, TaskRunner tasks) {
        this.connection = connection;
        this.tasks = tasks;
    }

    void onLoaded(Runnable action) {
        this.loaded = action;
    }

    @Override
    public List<String> tables() {
        return List.copyOf(connection.tables());
    }

    @Override
    public List<String> indexes(String table) {
        DynamoServices services = connection.services();
        if (services == null) {
            return List.of();
        }
        load(table, services);
        return services.schemas().cachedIndexes(table);
    }

    @Override
    public List<String> attributes(String table) {
        DynamoServices services = connection.services();
        if (services == null) {
            return List.of();
        }
        load(table, services);
        return services.schemas().cachedAttributes(table);
    }

    /** Reads the table's description and a sample of its items, once per table. */
    private void load(String table, DynamoServices services) {
        if (!asked.add(table) || !connection.tables().contains(table)) {
            return;
        }
        tasks.task("Reading the attributes of " + table, context -> services.schemas().attributes(table))
                .quiet()
                .onSuccess(names -> loaded.run())
                .onFailure(error -> asked.remove(table))
                .start();
    }
}
