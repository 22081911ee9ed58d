package dev.dynamodesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class EmbeddedDynamoLocalIT {
    @TempDir
    Path temp;

    @Test
    void servesRequestsOnLoopbackAndLeavesNoThreadsOrPortBehind() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        int port;
        try (EmbeddedDynamoLocal local = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.InMemory(), 0, temp.resolve("native"))) {
            port = local.port();
            assertThat(local.endpoint().getHost()).isEqualTo("127.0.0.1");
            try (DynamoDbClient client = client(local)) {
                createTable(client, "Things");
                client.putItem(b -> b.tableName("Things").item(Map.of("id", AttributeValue.fromS("a"),
                        "n", AttributeValue.fromN("12345678901234567890123456789012345678"))));
                var item = client.getItem(b -> b.tableName("Things").key(Map.of("id", AttributeValue.fromS("a")))).item();
                assertThat(item.get("n").n()).isEqualTo("12345678901234567890123456789012345678");
            }
        }
        assertThat(canConnect(port)).as("port closed after stop").isFalse();
        Thread.sleep(500);
        Set<String> leftover = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
                .map(Thread::getName).collect(Collectors.toSet());
        assertThat(leftover).as("non-daemon threads left behind").isEmpty();
    }

    @Test
    void keepsDataOnDiskAcrossRestarts() throws Exception {
        Path db = temp.resolve("db");
        try (EmbeddedDynamoLocal local = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.OnDisk(db), 0, temp.resolve("native"));
             DynamoDbClient client = client(local)) {
            createTable(client, "Kept");
            client.putItem(b -> b.tableName("Kept").item(Map.of("id", AttributeValue.fromS("x"))));
        }
        assertThat(db.resolve(EmbeddedDynamoLocal.SHARED_DB_FILE)).exists();
        try (EmbeddedDynamoLocal local = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.OnDisk(db), 0, temp.resolve("native"));
             DynamoDbClient client = client(local)) {
            assertThat(client.scan(b -> b.tableName("Kept")).count()).isEqualTo(1);
        }
    }

    @Test
    void installsTheSqliteLibraryIntoTheGivenFolderOnce() throws Exception {
        Path installed = SqliteNatives.install(temp.resolve("native")).orElseThrow();
        var firstWrite = Files.getLastModifiedTime(installed);
        Thread.sleep(20);
        assertThat(SqliteNatives.install(temp.resolve("native"))).contains(installed);
        assertThat(Files.getLastModifiedTime(installed)).isEqualTo(firstWrite);
        assertThat(System.getProperty(SqliteNatives.PATH_PROPERTY)).isEqualTo(installed.getParent().toString());
        try (EmbeddedDynamoLocal local = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.InMemory(), 0, temp.resolve("native"))) {
            assertThat(local.port()).isPositive();
        }
    }

    @Test
    void reportsABusyPortAsAReadableError() throws Exception {
        try (EmbeddedDynamoLocal first = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.InMemory(), 0, temp.resolve("native"))) {
            assertThatThrownBy(() -> EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.InMemory(), first.port(), temp.resolve("native")))
                    .isInstanceOf(LocalStartException.class)
                    .hasMessageContaining("could not listen on 127.0.0.1:" + first.port());
        }
    }

    static DynamoDbClient client(EmbeddedDynamoLocal local) {
        return new DynamoClientFactory().create(ConnectionProfile.builtInLocal().withEndpoint(local.endpoint()));
    }

    static void createTable(DynamoDbClient client, String name) {
        client.createTable(b -> b.tableName(name)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    private static boolean canConnect(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
