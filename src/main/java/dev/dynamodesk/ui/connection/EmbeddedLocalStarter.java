package dev.dynamodesk.ui.connection;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.local.LocalRuntime;
import dev.dynamodesk.local.SampleDataSeeder;
import dev.dynamodesk.ui.common.RunningTask;
import dev.dynamodesk.ui.common.TaskRunner;
import java.net.URI;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings up the built-in "Local (embedded)" connection after the window is shown: starts
 * DynamoDB Local, connects, lists tables, then seeds sample data on first run (small tables
 * first, then the Events table with progress). Each step runs in the background.
 */
public final class EmbeddedLocalStarter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLocalStarter.class);
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private final AppDirectories dirs;
    private final LocalRuntime.Settings settings;
    private final DynamoClientFactory clients;
    private final TaskRunner tasks;
    private final ConnectionViewModel connection;
    /** Set once DynamoDB Local runs; guarded by {@code this} together with {@link #closed}. */
    private LocalRuntime runtime;
    private final AtomicReference<RunningTask> current = new AtomicReference<>();
    private boolean closed;

    public EmbeddedLocalStarter(AppDirectories dirs, LocalRuntime.Settings settings, DynamoClientFactory clients,
                                TaskRunner tasks, ConnectionViewModel connection) {
        this.dirs = dirs;
        this.settings = settings;
        this.clients = clients;
        this.tasks = tasks;
        this.connection = connection;
    }

    public void start() {
        connection.stateProperty().set(ConnectionViewModel.State.CONNECTING);
        connection.detailProperty().set("Starting DynamoDB Local…");
        current.set(tasks.task("Starting DynamoDB Local", context -> {
                    // Another window (or `dynamodesk local start`) may already serve this database: use it.
                    LocalRuntime started = settings.inMemory() ? LocalRuntime.start(dirs, settings, clients)
                            : LocalRuntime.attach(dirs, clients).orElse(null);
                    if (started == null) {
                        started = LocalRuntime.start(dirs, settings, clients);
                    }
                    synchronized (this) {
                        if (!closed) {
                            runtime = started;
                            return started;
                        }
                    }
                    started.close();
                    throw new CancellationException("The app is closing");
                })
                .onSuccess(started -> {
                    ConnectionProfile resolved = connection.profile().withEndpoint(started.endpoint());
                    connection.connected(resolved, started.services());
                    if (started.seeder() != null) {
                        seedIfNeeded(started.seeder());
                    }
                })
                .onFailure(failure -> connection.failed("DynamoDB Local could not start", failure))
                .start());
    }

    private void seedIfNeeded(SampleDataSeeder seeder) {
        current.set(tasks.task("Adding sample tables", context -> {
                    SampleDataSeeder.Need need = seeder.need();
                    if (need == SampleDataSeeder.Need.EVERYTHING) {
                        context.message("Creating sample tables…");
                        // Each table is listed as soon as it exists, not after all are filled.
                        seeder.createTablesAndSmallItems(table -> context.deliver(connection::refreshTables));
                    }
                    return need;
                })
                .onSuccess(need -> {
                    if (need != SampleDataSeeder.Need.NOTHING) {
                        connection.refreshTables();
                        writeEvents(seeder);
                    }
                })
                .onFailure(failure -> {
                    if (!isClosed()) {
                        LOG.warn("Seeding sample tables failed", failure);
                        connection.warn("Sample tables could not be added", failure);
                    }
                })
                .start());
    }

    private void writeEvents(SampleDataSeeder seeder) {
        String total = COUNT.format(seeder.eventCount());
        current.set(tasks.task("Adding sample events", context -> {
                    seeder.writeEvents(context.cancelled(), written -> {
                        context.progress(written, seeder.eventCount());
                        context.message(COUNT.format(written) + " of " + total);
                    });
                    return null;
                })
                .onSuccess(done -> connection.refreshTables())
                .onFailure(failure -> {
                    if (!isClosed()) {
                        LOG.warn("Writing sample events failed; they resume on the next start", failure);
                        connection.warn("Sample events could not be added", failure);
                    }
                })
                .start());
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Stops whatever is running and DynamoDB Local itself. Blocks briefly: call on exit. */
    @Override
    public void close() {
        LocalRuntime started;
        synchronized (this) {
            closed = true;
            started = runtime;
            runtime = null;
        }
        RunningTask task = current.get();
        if (task != null) {
            task.cancel();
        }
        if (started != null) {
            started.close();
        }
    }

    /** For the status bar and tests: the endpoint once started. */
    public synchronized Optional<URI> endpoint() {
        return Optional.ofNullable(runtime).map(LocalRuntime::endpoint);
    }
}
