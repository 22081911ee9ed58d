package dev.dynamodesk.local;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.dynamo.DynamoServices;
import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The embedded DynamoDB Local as the app uses it: the server, a client connected to it, the
 * services over that client, and the sample-data seeder. Closing it closes all of them.
 */
public final class LocalRuntime implements AutoCloseable {
    /** Null when attached to a server another process runs on the same database. */
    private final EmbeddedDynamoLocal server;
    private final URI endpoint;
    private final DynamoDbClient client;
    private final DynamoServices services;
    private final SampleDataSeeder seeder;
    private final RunningLocalFile running;

    /** How to run it: where data lives, which port, how many sample events. */
    public record Settings(boolean inMemory, int port, int sampleEvents) {
        public static Settings defaults() {
            return new Settings(false, 0, SampleDataSeeder.DEFAULT_EVENT_COUNT);
        }
    }

    private LocalRuntime(EmbeddedDynamoLocal server, URI endpoint, DynamoDbClient client, SampleDataSeeder seeder,
                         RunningLocalFile running) {
        this.server = server;
        this.endpoint = endpoint;
        this.client = client;
        this.services = new DynamoServices(client);
        this.seeder = seeder;
        this.running = running;
        if (running != null) {
            running.write(endpoint);
        }
    }

    /** Starts the server and tells other processes where it is (the window, {@code local start}). */
    public static LocalRuntime start(AppDirectories dirs, Settings settings, DynamoClientFactory clients)
            throws LocalStartException {
        return start(dirs, settings, clients, true);
    }

    /**
     * Starts the server and connects to it; about a second. Call off the FX thread.
     *
     * @param advertise whether other processes may use this server (through {@link RunningLocalFile}); a
     *                  short-lived server for one command does not, since it is gone when the command ends
     */
    public static LocalRuntime start(AppDirectories dirs, Settings settings, DynamoClientFactory clients, boolean advertise)
            throws LocalStartException {
        EmbeddedDynamoLocal.Storage storage = settings.inMemory()
                ? new EmbeddedDynamoLocal.InMemory()
                : new EmbeddedDynamoLocal.OnDisk(dirs.localDatabaseDir());
        SdkWarmUp.start(clients); // beside the server's start; never waited for
        EmbeddedDynamoLocal server = EmbeddedDynamoLocal.start(storage, settings.port(), dirs.dataDir().resolve("native"));
        try {
            DynamoDbClient client = clients.create(ConnectionProfile.builtInLocal().withEndpoint(server.endpoint()));
            SeedStateStore state = settings.inMemory()
                    ? SeedStateStore.inMemory()
                    : SeedStateStore.inFile(dirs.localDatabaseDir().resolve("dynamodesk-samples.json"));
            RunningLocalFile running = settings.inMemory() || !advertise ? null : new RunningLocalFile(dirs.localDatabaseDir());
            return new LocalRuntime(server, server.endpoint(), client,
                    new SampleDataSeeder(client, state, settings.sampleEvents()), running);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Uses the server another live process runs on the same database (another window, {@code
     * local start}) instead of opening its files a second time; empty when there is none. The other
     * process adds the sample data: an attached runtime has no seeder.
     */
    public static java.util.Optional<LocalRuntime> attach(AppDirectories dirs, DynamoClientFactory clients) {
        return new RunningLocalFile(dirs.localDatabaseDir()).endpointOfLiveServer().map(endpoint ->
                new LocalRuntime(null, endpoint, clients.create(ConnectionProfile.builtInLocal().withEndpoint(endpoint)),
                        null, null));
    }

    /** Where its data lives: a folder, or null in memory or when attached to another process's server. */
    public java.nio.file.Path databaseDir() {
        return server != null && server.storage() instanceof EmbeddedDynamoLocal.OnDisk disk ? disk.directory() : null;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Whether another process runs the server this runtime uses. */
    public boolean attached() {
        return server == null;
    }

    public DynamoServices services() {
        return services;
    }

    public SampleDataSeeder seeder() {
        return seeder;
    }

    @Override
    public void close() {
        try {
            if (running != null) {
                running.remove();
            }
            services.close();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
