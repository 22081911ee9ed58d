package dev.dynamodesk.faults;

import dev.dynamodesk.connection.ClientTimeouts;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.local.EmbeddedDynamoLocal;
import dev.dynamodesk.testing.FaultProxy;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.Typed;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB Local with a table of random items, reached directly (for the reference) and through
 * a {@link FaultProxy} (for the app's services), whose clients have short timeouts so a server
 * that never answers fails a test in seconds. Registered as a static extension: one server and
 * table per test class, a fresh proxy (and services) for every test.
 */
final class FaultBench implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    static final String TABLE = "Faulty";
    static final int ITEMS = 3_000;
    /** Short, so that the cases that wait for a timeout take seconds. */
    static final ClientTimeouts TIMEOUTS = new ClientTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(8), 4);

    private EmbeddedDynamoLocal local;
    private DynamoDbClient direct;
    private FaultProxy proxy;
    private DynamoServices services;
    private List<Map<String, Typed>> reference;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        local = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.InMemory(), 0, LocalDynamo.nativeDir());
        direct = client(local.endpoint());
        RandomTables.create(direct, TABLE);
        RandomTables.load(direct, TABLE, ITEMS, 30);
        reference = ReferenceReader.scan(direct, TABLE);
        freshProxy();
    }

    private static DynamoDbClient client(java.net.URI endpoint) {
        return new DynamoClientFactory(TIMEOUTS).create("us-east-1", endpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("faults", "tests")));
    }

    /** A new proxy and services over it (after a case killed the last one). */
    void freshProxy() throws IOException {
        if (services != null) {
            services.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        proxy = new FaultProxy(local.endpoint());
        services = new DynamoServices(client(proxy.endpoint()));
    }

    FaultProxy proxy() {
        return proxy;
    }

    /** The app's services, through the proxy. */
    DynamoServices services() {
        return services;
    }

    /** A client straight to the server, for the reference and for checking what a case wrote. */
    DynamoDbClient direct() {
        return direct;
    }

    List<Map<String, Typed>> reference() {
        return reference;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        freshProxy();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        services.close();
        proxy.close();
        direct.close();
        local.close();
    }
}
