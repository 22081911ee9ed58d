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
    private final EmbeddedDynamoLocal server;
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

    private LocalRuntime(EmbeddedDynamoLocal server, DynamoDbClient client, SampleDataSeeder seeder,
                         RunningLocalFile running) {
        this.server = server;
        this.client = client;
        this.services = new DynamoServices(client);
        this.seeder = seeder;
        this.running = running;
        if (running != null) {
            running.write(server.endpoint());
        }
    }

    /** Starts the server and connects to it; about a second. Call off the FX thread. */
    public static LocalRuntime start(AppDirectories dirs, Settings settings, DynamoClientFactory clients)
            throws LocalStartException {
        EmbeddedDynamoLocal.Storage storage = settings.inMemory()
                ? new EmbeddedDynamoLocal.InMemory()
                : new EmbeddedDynamoLocal.OnDisk(dirs.localDatabaseDir());
        EmbeddedDynamoLocal server = EmbeddedDynamoLocal.start(storage, settings.port(), dirs.dataDir().resolve("native"));
        try {
            DynamoDbClient client = clients.create(ConnectionProfile.builtInLocal().withEndpoint(server.endpoint()));
            SeedStateStore state = settings.inMemory()
                    ? SeedStateStore.inMemory()
                    : SeedStateStore.inFile(dirs.localDatabaseDir().resolve("dynamodesk-samples.json"));
            RunningLocalFile running = settings.inMemory() ? null : new RunningLocalFile(dirs.localDatabaseDir());
            return new LocalRuntime(server, client, new SampleDataSeeder(client, state, settings.sampleEvents()), running);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Where its data lives: a folder, or null in memory. */
    public java.nio.file.Path databaseDir() {
        return server.storage() instanceof EmbeddedDynamoLocal.OnDisk disk ? disk.directory() : null;
    }

    public URI endpoint() {
        return server.endpoint();
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
            server.close();
        }
    }
}
