package dev.dynamodesk.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.RandomTables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stream tail on DynamoDB Local: another client's put, update and delete of an item of every
 * type appear as INSERT, MODIFY and REMOVE with exactly the images that client wrote; a tail
 * started afterwards from the oldest record sees the same three.
 */
class StreamTailIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @Test
    void anotherClientsWritesAppearWithTheirImages() throws Exception {
        var client = LOCAL.client();
        RandomTables.create(client, "Tailed");
        client.updateTable(b -> b.tableName("Tailed").streamSpecification(s -> s.streamEnabled(true).streamViewType("NEW_AND_OLD_IMAGES")));
        String arn = client.describeTable(b -> b.tableName("Tailed")).table().latestStreamArn();
        DynamoServices services = new DynamoServices(client);

        List<StreamTail.Change> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean started = new AtomicBoolean();
        Thread follower = new Thread(() -> {
            try (StreamTail tail = services.streamTail(DynamoClientFactory::streamsFor, arn, false)) {
                tail.follow(stop::get, () -> false, changes -> seen.addAll(changes));
            }
        });
        follower.start();
        Thread.sleep(1_500); // the tail has its iterators at LATEST

        Map<String, AttributeValue> item = new HashMap<>(RandomTables.item(7, 3));
        client.putItem(b -> b.tableName("Tailed").item(item));
        Map<String, AttributeValue> updated = new HashMap<>(item);
        updated.put("status", AttributeValue.fromS("shipped"));
        updated.put("total", AttributeValue.fromN("12345678901234567890.123456789"));
        client.putItem(b -> b.tableName("Tailed").item(updated));
        client.deleteItem(b -> b.tableName("Tailed").key(Map.of("pk", item.get("pk"), "sk", item.get("sk"))));

        long deadline = System.currentTimeMillis() + 20_000;
        while (seen.size() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        stop.set(true);
        follower.join(10_000);
        assertThat(follower.isAlive()).as("the tail stops when asked").isFalse();
        assertThat(seen).extracting(StreamTail.Change::eventName).containsExactly("INSERT", "MODIFY", "REMOVE");
        assertThat(seen.get(0).newImage()).isEqualTo(AttributeValues.toItem(item));
        assertThat(seen.get(0).oldImage()).isNull();
        assertThat(seen.get(1).oldImage()).isEqualTo(AttributeValues.toItem(item));
        assertThat(seen.get(1).newImage()).isEqualTo(AttributeValues.toItem(updated));
        assertThat(seen.get(2).oldImage()).isEqualTo(AttributeValues.toItem(updated));
        assertThat(seen.get(2).newImage()).isNull();
        assertThat(seen).allSatisfy(change -> assertThat(change.keys()).isEqualTo(AttributeValues.toItem(
                Map.of("pk", item.get("pk"), "sk", item.get("sk")))));

        // From the oldest record kept: the same three, in order.
        List<StreamTail.Change> replayed = new CopyOnWriteArrayList<>();
        AtomicBoolean enough = new AtomicBoolean();
        try (StreamTail tail = services.streamTail(DynamoClientFactory::streamsFor, arn, true)) {
            tail.follow(() -> enough.get() || replayed.size() >= 3, () -> false, changes -> replayed.addAll(changes));
        }
        assertThat(replayed).extracting(StreamTail.Change::sequenceNumber)
                .containsExactlyElementsOf(seen.stream().map(StreamTail.Change::sequenceNumber).toList());
    }
}
