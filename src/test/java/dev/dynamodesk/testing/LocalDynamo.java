package dev.dynamodesk.testing;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.local.EmbeddedDynamoLocal;
import dev.dynamodesk.local.LocalStartException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A fresh in-memory DynamoDB Local for each test, started by the test itself (after the first
 * start in a JVM it takes a few milliseconds). Use as {@code @RegisterExtension final LocalDynamo local = new LocalDynamo();}.
 */
public final class LocalDynamo implements BeforeEachCallback, AfterEachCallback {
    private EmbeddedDynamoLocal server;
    private DynamoDbClient client;

    @Override
    public void beforeEach(ExtensionContext context) throws LocalStartException {
        server = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.InMemory(), 0, nativeDir());
        client = new DynamoClientFactory().create(ConnectionProfile.builtInLocal().withEndpoint(server.endpoint()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
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
