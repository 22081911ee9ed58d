package dev.dynamodesk.testing;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.local.EmbeddedDynamoLocal;
import dev.dynamodesk.local.LocalStartException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * An in-memory DynamoDB Local started by the tests themselves (after the first start in a JVM it
 * takes a few milliseconds). As an instance field, {@code @RegisterExtension final LocalDynamo local},
 * each test gets a fresh one; as a static field, the tests of a class share one.
 */
public final class LocalDynamo implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private EmbeddedDynamoLocal server;
    private DynamoDbClient client;
    private boolean perClass;

    @Override
    public void beforeAll(ExtensionContext context) throws LocalStartException {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws LocalStartException {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    private void start() throws LocalStartException {
        server = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.InMemory(), 0, nativeDir());
        client = new DynamoClientFactory().create(ConnectionProfile.builtInLocal().withEndpoint(server.endpoint()));
    }

    private void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    public DynamoDbClient client() {
        return client;
    }

    public java.net.URI endpoint() {
        return server.endpoint();
    }

    public EmbeddedDynamoLocal server() {
        return server;
    }

    /** Creates a table keyed by a string partition key and, when given, a sort key. */
    public void createTable(String name, String partitionKey, String sortKey) {
        client.createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
            if (sortKey == null) {
                b.keySchema(k -> k.attributeName(partitionKey).keyType(KeyType.HASH))
                        .attributeDefinitions(a -> a.attributeName(partitionKey).attributeType(ScalarAttributeType.S));
            } else {
                b.keySchema(k -> k.attributeName(partitionKey).keyType(KeyType.HASH),
                                k -> k.attributeName(sortKey).keyType(KeyType.RANGE))
                        .attributeDefinitions(a -> a.attributeName(partitionKey).attributeType(ScalarAttributeType.S),
                                a -> a.attributeName(sortKey).attributeType(ScalarAttributeType.S));
            }
        });
    }

    /** One folder per test run for the SQLite library, shared by every test class. */
    public static Path nativeDir() {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "dynamodesk-test-natives");
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
