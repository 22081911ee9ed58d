package dev.dynamodesk.dynamo.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ClientTimeouts;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import dev.dynamodesk.local.EmbeddedDynamoLocal;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.RandomTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Comparisons between two DynamoDB Locals, with tables written by the SDK alone: the same items
 * of every type compare equal (numbers by value, sets as sets); a prepared pair with 3 changed,
 * 2 missing and 1 extra item gives exactly those, with the changed attributes; the temporary
 * files are gone after.
 */
class CompareIT {
    @RegisterExtension
    static final LocalDynamo LEFT = new LocalDynamo();

    @TempDir
    static Path folder;

    private static EmbeddedDynamoLocal rightServer;
    private static DynamoDbClient right;

    @BeforeAll
    static void secondLocal() throws Exception {
        rightServer = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.OnDisk(folder.resolve("right-db")), 0, LocalDynamo.nativeDir());
        right = new DynamoClientFactory(new ClientTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30), 4))
                .create("us-east-1", rightServer.endpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create("right", "x")));
    }

    @AfterAll
    static void stopSecondLocal() {
        right.close();
        rightServer.close();
    }

    /** What the comparison reported, by kind and key. */
    static final class Found implements Differences {
        final Map<String, String> kinds = new TreeMap<>();
        final Map<String, List<String>> changed = new HashMap<>();
        /** The writes that make the right side as the left, as the window's Apply builds them. */
        final List<dev.dynamodesk.dynamo.bulk.PlannedWrite> writes = new ArrayList<>();

        @Override
        public synchronized void onlyLeft(Item key, Item item) {
            kinds.put(DynamoJson.write(key, false), "only-left");
            writes.add(LeftToRight.onlyLeft(writes.size() + 1, key, item));
        }

        @Override
        public synchronized void onlyRight(Item key, Item item) {
            kinds.put(DynamoJson.write(key, false), "only-right");
            writes.add(LeftToRight.onlyRight(writes.size() + 1, key, item));
        }

        @Override
        public synchronized void different(Item key, Item left, Item rightItem, List<ItemDiff.Change> changes) {
            kinds.put(DynamoJson.write(key, false), "different");
            writes.add(LeftToRight.different(writes.size() + 1, key, left, rightItem, changes));
            changed.put(DynamoJson.write(key, false), changes.stream().map(change -> change.name() + ":" + change.kind()).sorted().toList());
        }
    }

    @Test
    void theSameItemsOfEveryTypeCompareEqual() throws Exception {
        RandomTables.create(LEFT.client(), "CompareSame");
        RandomTables.load(LEFT.client(), "CompareSame", 3_000, 11);
        RandomTables.create(right, "CompareSame");
        RandomTables.load(right, "CompareSame", 3_000, 11);
        Found found = new Found();
        CompareResult result = compare("CompareSame", 0, found);
        assertThat(result.summary()).isEqualTo("only-left 0, only-right 0, different 0, same 3000");
        assertThat(result.identical()).isTrue();
        assertThat(found.kinds).isEmpty();
        try (var left = Files.list(folder.resolve("work"))) {
            assertThat(left).as("temporary files deleted").isEmpty();
        }
    }

    @Test
    void aPreparedPairGivesExactlyItsDifferences() throws Exception {
        RandomTables.create(LEFT.client(), "ComparePair");
        RandomTables.load(LEFT.client(), "ComparePair", 500, 5);
        RandomTables.create(right, "ComparePair");
        RandomTables.load(right, "ComparePair", 500, 5);
        Map<String, String> expected = new TreeMap<>();
        Map<String, List<String>> expectedChanges = new HashMap<>();
        // 3 changed: a value, an attribute removed, a set's members.
        change(7, "UPDATE", "SET s = :v", Map.of(":v", AttributeValue.fromS("changed on the right")), expected, expectedChanges, "s:CHANGED");
        change(70, "UPDATE", "REMOVE #b", Map.of(), expected, expectedChanges, "bool:REMOVED");
        change(170, "UPDATE", "SET ss = :v", Map.of(":v", AttributeValue.fromSs(List.of("only", "right"))), expected, expectedChanges,
                "ss:CHANGED");
        // 2 missing on the right, 1 extra.
        for (int i : new int[] {11, 222}) {
            Map<String, AttributeValue> item = RandomTables.item(i, 5);
            right.deleteItem(d -> d.tableName("ComparePair").key(Map.of("pk", item.get("pk"), "sk", item.get("sk"))));
            expected.put(keyText(item), "only-left");
        }
        Map<String, AttributeValue> extra = RandomTables.item(9_999, 5);
        right.putItem(p -> p.tableName("ComparePair").item(extra));
        expected.put(keyText(extra), "only-right");

        Found found = new Found();
        CompareResult result = compare("ComparePair", 500, found);
        assertThat(result.summary()).isEqualTo("only-left 2, only-right 1, different 3, same 495");
        assertThat(found.kinds).isEqualTo(expected);
        assertThat(found.changed).isEqualTo(expectedChanges);

        // Applied left to right, journaled: the two are then the same, value by value; the revert gives the differences back.
        var before = dev.dynamodesk.testing.ReferenceReader.scan(right, "ComparePair");
        DynamoServices rightServices = new DynamoServices(right);
        TableInfo rightInfo = rightServices.tables().describe("ComparePair");
        var outcome = rightServices.bulk().apply(found.writes, rightInfo, new dev.dynamodesk.dynamo.bulk.JournalHeader("update", "ComparePair",
                        "right", null, null, java.time.Instant.now(), List.of("APPLY"), "comparison", null), folder.resolve("journals"),
                dev.dynamodesk.dynamo.bulk.BulkSettings.defaults(), new dev.dynamodesk.dynamo.bulk.RunControl(), counts -> { });
        assertThat(outcome.counts().summary()).isEqualTo("changed 6, unchanged 0, skipped (changed since read) 0, failed 0");
        dev.dynamodesk.testing.SameItems.assertSame("after applying", dev.dynamodesk.testing.ReferenceReader.scan(LEFT.client(), "ComparePair"),
                dev.dynamodesk.testing.ReferenceReader.scan(right, "ComparePair"), RandomTables.KEYS);
        assertThat(compare("ComparePair", 500, new Found()).identical()).isTrue();
        rightServices.bulk().reverter().revert(dev.dynamodesk.dynamo.bulk.JournalReader.open(outcome.journal()), rightInfo,
                new dev.dynamodesk.dynamo.bulk.JournalHeader("revert", "ComparePair", "right", null, null, java.time.Instant.now(),
                        List.of(), "", null), folder.resolve("journals"), dev.dynamodesk.dynamo.bulk.BulkSettings.defaults(),
                new dev.dynamodesk.dynamo.bulk.RunControl(), counts -> { });
        dev.dynamodesk.testing.SameItems.assertSame("after the revert", before, dev.dynamodesk.testing.ReferenceReader.scan(right, "ComparePair"),
                RandomTables.KEYS);
    }

    private void change(int i, String what, String expression, Map<String, AttributeValue> values, Map<String, String> expected,
                        Map<String, List<String>> expectedChanges, String change) {
        Map<String, AttributeValue> item = RandomTables.item(i, 5);
        right.updateItem(u -> {
            u.tableName("ComparePair").key(Map.of("pk", item.get("pk"), "sk", item.get("sk"))).updateExpression(expression);
            if (expression.contains("#b")) {
                u.expressionAttributeNames(Map.of("#b", "bool"));
            }
            if (!values.isEmpty()) {
                u.expressionAttributeValues(values);
            }
        });
        expected.put(keyText(item), "different");
        expectedChanges.put(keyText(item), List.of(change));
    }

    /** The key as our DynamoDB JSON writes it: pk then sk. */
    private static String keyText(Map<String, AttributeValue> item) {
        return "{\"pk\":{\"S\":\"" + item.get("pk").s() + "\"},\"sk\":{\"N\":\"" + item.get("sk").n() + "\"}}";
    }

    private static CompareResult compare(String table, long expected, Differences differences) throws Exception {
        DynamoServices leftServices = new DynamoServices(LEFT.client());
        DynamoServices rightServices = new DynamoServices(right);
        TableInfo leftInfo = leftServices.tables().describe(table);
        TableInfo rightInfo = rightServices.tables().describe(table);
        return TableComparer.compare(new TableComparer.Side(leftServices.reader(), QueryPlan.of(ItemQuery.scanAll(table), leftInfo), 3,
                        leftServices.itemsByKey(), leftInfo),
                new TableComparer.Side(rightServices.reader(), QueryPlan.of(ItemQuery.scanAll(table), rightInfo), 2,
                        rightServices.itemsByKey(), rightInfo),
                expected, folder.resolve("work"), () -> false, read -> { }, differences);
    }
}
