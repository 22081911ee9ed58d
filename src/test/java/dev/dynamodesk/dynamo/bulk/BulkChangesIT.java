package dev.dynamodesk.dynamo.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.connection.ClientTimeouts;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.change.Change;
import dev.dynamodesk.item.change.ChangeSet;
import dev.dynamodesk.item.edit.ValuePath;
import dev.dynamodesk.testing.FaultProxy;
import dev.dynamodesk.testing.LocalDynamo;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bulk changes against DynamoDB Local, checked with the SDK's own paginator (none of our reading
 * code): a concurrent writer's items are skipped and keep its values, the rest change exactly,
 * and revert gives back the original table; a run killed half-way reverts exactly what it wrote;
 * delete and revert bring items back; a read-only connection sends nothing.
 */
class BulkChangesIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @TempDir
    Path journals;

    private static final ChangeSet CHANGES = ChangeSet.of(List.of(
            new Change.SetValue(ValuePath.attribute("status"), new StringValue("done")),
            new Change.AddTo(ValuePath.attribute("counter"), new NumberValue("1")),
            new Change.Remove(ValuePath.attribute("note"))));

    @Test
    void concurrentChangesAreSkippedTheRestChangeAndRevertRestoresTheTableExactly() {
        String table = "BulkConcurrent";
        BulkItems.createAndLoad(LOCAL.client(), table, 5_000);
        Map<String, Map<String, AttributeValue>> original = rawScan(table);
        DynamoServices services = new DynamoServices(LOCAL.client());
        TableInfo info = services.tables().describe(table);
        BulkChanges bulk = services.bulk();
        ItemSource everything = bulk.source(scan(table, info), info, 4);

        DryRunReport dry = bulk.dryRun(everything, info, CHANGES, () -> false, report -> { });
        assertThat(dry.read()).isEqualTo(5_000);
        assertThat(dry.wouldChange()).isEqualTo(5_000);
        assertThat(dry.unchanged()).isZero();
        assertThat(dry.refused()).isZero();
        assertThat(dry.attributeCounts()).containsEntry("status", 5_000L).containsEntry("counter", 5_000L)
                .containsEntry("note", (long) original.values().stream().filter(item -> item.containsKey("note")).count());
        assertThat(rawScan(table)).as("a dry run writes nothing").isEqualTo(original);

        // Another client changes 50 items after the run read them and before it writes them.
        Set<String> theirs = original.keySet().stream().sorted().limit(50).collect(Collectors.toSet());
        ItemSource raced = (stop, chunks) -> everything.read(stop, chunk -> {
            for (Item item : chunk) {
                String key = keyText(item);
                if (theirs.contains(key)) {
                    LOCAL.client().updateItem(u -> u.tableName(table).key(keyOf(original.get(key)))
                            .updateExpression("SET #s = :theirs").expressionAttributeNames(Map.of("#s", "status"))
                            .expressionAttributeValues(Map.of(":theirs", AttributeValue.fromS("theirs"))));
                }
            }
            chunks.accept(chunk);
        });
        BulkOutcome outcome = bulk.run(raced, info, CHANGES, header(table, JournalHeader.UPDATE), journals,
                BulkSettings.defaults(), new RunControl(), counts -> { });

        assertThat(outcome.counts().summary()).isEqualTo("changed 4,950, unchanged 0, skipped (changed since read) 50, failed 0");
        assertThat(outcome.listed()).hasSize(50).allMatch(listed -> listed.reason().equals("changed since read"));
        Map<String, Map<String, AttributeValue>> after = rawScan(table);
        assertThat(after.keySet()).isEqualTo(original.keySet());
        for (Map.Entry<String, Map<String, AttributeValue>> entry : original.entrySet()) {
            Map<String, AttributeValue> expected = new HashMap<>(entry.getValue());
            if (theirs.contains(entry.getKey())) {
                expected.put("status", AttributeValue.fromS("theirs"));
                assertThat(normal(after.get(entry.getKey()))).as(entry.getKey()).isEqualTo(normal(expected));
                continue;
            }
            Map<String, AttributeValue> now = new HashMap<>(after.get(entry.getKey()));
            assertThat(new BigDecimal(now.remove("counter").n())).as("counter of " + entry.getKey())
                    .isEqualByComparingTo(BulkItems.sum(expected.remove("counter").n(), "1"));
            expected.put("status", AttributeValue.fromS("done"));
            expected.remove("note");
            assertThat(normal(now)).as(entry.getKey()).isEqualTo(normal(expected));
        }

        Reverter reverter = bulk.reverter();
        JournalReader journal = JournalReader.open(outcome.journal());
        Reverter.Preview preview = reverter.preview(journal, info, () -> false);
        assertThat(preview.summary()).isEqualTo("would revert 4,950, unchanged (already as before the run) 0, would skip (changed since the run) 0");
        BulkOutcome reverted = reverter.revert(journal, info, header(table, JournalHeader.REVERT), journals, BulkSettings.defaults(),
                new RunControl(), counts -> { });
        assertThat(reverted.counts().summary()).isEqualTo("changed 4,950, unchanged 0, skipped (changed since read) 0, failed 0");
        Map<String, Map<String, AttributeValue>> back = rawScan(table);
        for (Map.Entry<String, Map<String, AttributeValue>> entry : original.entrySet()) {
            Map<String, AttributeValue> expected = new HashMap<>(entry.getValue());
            if (theirs.contains(entry.getKey())) {
                expected.put("status", AttributeValue.fromS("theirs")); // the other client's change survives the revert too
            }
            assertThat(normal(back.get(entry.getKey()))).as(entry.getKey()).isEqualTo(normal(expected));
        }
    }

    @Test
    void aRunKilledHalfWayRevertsExactlyWhatItWroteEvenWithoutItsOutcomes() throws IOException {
        String table = "BulkKilled";
        BulkItems.createAndLoad(LOCAL.client(), table, 2_000);
        Map<String, Map<String, AttributeValue>> original = rawScan(table);
        BulkOutcome outcome;
        try (FaultProxy proxy = new FaultProxy(LOCAL.endpoint());
             DynamoServices services = new DynamoServices(client(proxy))) {
            proxy.plan(FaultProxy.Plan.after(700, FaultProxy.Fault.HTTP_500, "UpdateItem"));
            TableInfo info = services.tables().describe(table);
            BulkChanges bulk = services.bulk();
            outcome = bulk.run(bulk.source(scan(table, info), info, 4), info, CHANGES, header(table, JournalHeader.UPDATE),
                    journals, BulkSettings.defaults(), new RunControl(), counts -> { });
        }
        assertThat(outcome.stoppedBecause()).startsWith("Stopped after 5 failed writes in a row");
        assertThat(outcome.counts().changed()).isEqualTo(700);
        Map<String, Map<String, AttributeValue>> half = rawScan(table);
        long changed = half.values().stream().filter(item -> item.get("status").s().equals("done")).count();
        assertThat(changed).as("items the table shows changed").isEqualTo(700);

        // A crash would leave the writes journaled with no outcome: revert must still find what was written.
        Path withoutOutcomes = journals.resolve("cut.jsonl");
        Files.write(withoutOutcomes, Files.readAllLines(outcome.journal()).stream()
                .filter(line -> !line.startsWith("{\"outcome\"") && !line.startsWith("{\"end\"")).toList());
        DynamoServices direct = new DynamoServices(LOCAL.client());
        TableInfo info = direct.tables().describe(table);
        Reverter reverter = direct.bulk().reverter();
        JournalReader journal = JournalReader.open(withoutOutcomes);
        // The history reads how a run ended from the journal's last line: none here, as after a kill.
        assertThat(JournalSummary.of(journal).ended()).isNull();
        assertThat(JournalSummary.of(JournalReader.open(outcome.journal())).describe())
                .startsWith("stopped: Stopped after 5 failed writes in a row").contains("changed 700,");
        Reverter.Preview preview = reverter.preview(journal, info, () -> false);
        assertThat(preview.wouldRevert()).isEqualTo(700);
        BulkOutcome reverted = reverter.revert(journal, info, header(table, JournalHeader.REVERT), journals,
                BulkSettings.defaults(), new RunControl(), counts -> { });
        assertThat(reverted.counts().changed()).isEqualTo(700);
        assertThat(reverted.counts().unchanged()).as("journaled but never written: nothing to undo").isEqualTo(reverted.counts().read() - 700);
        assertThat(normalAll(rawScan(table))).isEqualTo(normalAll(original));
    }

    @Test
    void deleteThenRevertBringsTheItemsBackExactly() {
        String table = "BulkDelete";
        BulkItems.createAndLoad(LOCAL.client(), table, 1_000);
        Map<String, Map<String, AttributeValue>> original = rawScan(table);
        DynamoServices services = new DynamoServices(LOCAL.client());
        TableInfo info = services.tables().describe(table);
        BulkChanges bulk = services.bulk();
        QueryPlan testItems = plan(ItemQuery.scanAll(table).withFilter(List.of(FilterClause.and(
                dev.dynamodesk.dynamo.query.Condition.of("status",
                        dev.dynamodesk.dynamo.query.Operator.EQ, new StringValue("test"))))), info);

        BulkOutcome deleted = bulk.run(bulk.source(testItems, info, 3), info, ChangeSet.deletingItems(),
                header(table, JournalHeader.DELETE), journals, BulkSettings.defaults(), new RunControl(), counts -> { });
        assertThat(deleted.counts().summary()).isEqualTo("changed 100, unchanged 0, skipped (changed since read) 0, failed 0");
        Map<String, Map<String, AttributeValue>> left = rawScan(table);
        assertThat(left).hasSize(900).allSatisfy((key, item) -> assertThat(item.get("status").s()).isEqualTo("open"));

        BulkOutcome back = bulk.reverter().revert(JournalReader.open(deleted.journal()), info, header(table, JournalHeader.REVERT),
                journals, BulkSettings.defaults(), new RunControl(), counts -> { });
        assertThat(back.counts().changed()).isEqualTo(100);
        // The SDK's own values: numbers as the same text, binary as the same bytes, sets with the same members.
        assertThat(normalAll(rawScan(table))).isEqualTo(normalAll(original));
    }

    @Test
    void aReadOnlyConnectionRefusesBeforeAnyRequest() throws IOException {
        String table = "BulkReadOnly";
        BulkItems.createAndLoad(LOCAL.client(), table, 10);
        TableInfo info = new DynamoServices(LOCAL.client()).tables().describe(table);
        try (FaultProxy proxy = new FaultProxy(LOCAL.endpoint());
             DynamoServices readOnly = new DynamoServices(client(proxy), new WriteGuard(true, "Prod"))) {
            BulkChanges bulk = readOnly.bulk();
            assertThatThrownBy(() -> bulk.run(bulk.source(scan(table, info), info, 2), info, CHANGES,
                    header(table, JournalHeader.UPDATE), journals, BulkSettings.defaults(), new RunControl(), counts -> { }))
                    .isInstanceOf(WriteGuard.ReadOnlyException.class).hasMessageContaining("read-only");
            assertThat(proxy.totalRequests()).isZero();
        }
        assertThat(journals).isEmptyDirectory();
    }

    @Test
    void aRunResumedAfterItDiedAddsToEachNumberExactlyOnce() throws IOException {
        String table = "BulkResume";
        BulkItems.createAndLoad(LOCAL.client(), table, 2_000);
        Map<String, Map<String, AttributeValue>> original = rawScan(table);
        ChangeSet addOne = ChangeSet.of(List.of(new Change.AddTo(ValuePath.attribute("counter"), new NumberValue("1"))));
        BulkOutcome died;
        try (FaultProxy proxy = new FaultProxy(LOCAL.endpoint());
             DynamoServices services = new DynamoServices(client(proxy))) {
            proxy.plan(FaultProxy.Plan.after(700, FaultProxy.Fault.HTTP_500, "UpdateItem"));
            TableInfo info = services.tables().describe(table);
            BulkChanges bulk = services.bulk();
            died = bulk.run(bulk.source(scan(table, info), info, 4), info, addOne, header(table, JournalHeader.UPDATE), journals,
                    BulkSettings.defaults(), new RunControl(), counts -> { });
        }
        assertThat(died.counts().changed()).isEqualTo(700);
        // As if it had been killed: the outcomes of the writes after the 600th are lost (they happened).
        Path cut = journals.resolve("killed.jsonl");
        Files.write(cut, Files.readAllLines(died.journal()).stream().filter(line -> !(line.startsWith("{\"outcome\"")
                && line.contains("\"written\"") && Long.parseLong(line.replaceAll("^\\{\"outcome\":(\\d+),.*$", "$1")) > 600)).toList());
        ResumePoint resume = ResumePoint.of(JournalReader.open(cut));
        assertThat(resume.describe()).startsWith("600 items written by the earlier run");

        DynamoServices direct = new DynamoServices(LOCAL.client());
        TableInfo info = direct.tables().describe(table);
        BulkChanges bulk = direct.bulk();
        BulkOutcome resumed = bulk.run(bulk.source(scan(table, info), info, 4), info, addOne, header(table, JournalHeader.UPDATE),
                journals, BulkSettings.defaults(), new RunControl(), counts -> { }, resume);
        assertThat(resumed.counts().summary()).isEqualTo("changed 1,300, unchanged 700, skipped (changed since read) 0, failed 0");
        Map<String, Map<String, AttributeValue>> after = rawScan(table);
        original.forEach((key, item) -> assertThat(new BigDecimal(after.get(key).get("counter").n())).as(key)
                .isEqualByComparingTo(BulkItems.sum(item.get("counter").n(), "1")));
    }

    @Test
    void throttlingAndLostAnswersAreWaitedOutAndNothingIsWrittenTwice() throws IOException {
        String table = "BulkThrottled";
        BulkItems.createAndLoad(LOCAL.client(), table, 300);
        Map<String, Map<String, AttributeValue>> original = rawScan(table);
        ChangeSet addOne = ChangeSet.of(List.of(new Change.AddTo(ValuePath.attribute("counter"), new NumberValue("1"))));
        BulkOutcome outcome;
        try (FaultProxy proxy = new FaultProxy(LOCAL.endpoint());
             DynamoServices services = new DynamoServices(client(proxy))) {
            // Every third update throttled; every seventh applied with its answer cut off (the SDK sends it again).
            proxy.plan((operation, number) -> !operation.equals("UpdateItem") ? null
                    : number % 3 == 0 ? FaultProxy.Fault.THROTTLING : number % 7 == 0 ? FaultProxy.Fault.RESET_MID_RESPONSE : null);
            TableInfo info = services.tables().describe(table);
            BulkChanges bulk = services.bulk();
            outcome = bulk.run(bulk.source(scan(table, info), info, 2), info, addOne, header(table, JournalHeader.UPDATE), journals,
                    BulkSettings.defaults(), new RunControl(), counts -> { });
            assertThat(proxy.injected(FaultProxy.Fault.THROTTLING)).isPositive();
            assertThat(proxy.injected(FaultProxy.Fault.RESET_MID_RESPONSE)).isPositive();
        }
        // A write whose answer was lost and whose repeat its condition refused is "already as asked": unchanged, not failed.
        assertThat(outcome.counts().failed()).isZero();
        assertThat(outcome.counts().skipped()).isZero();
        assertThat(outcome.counts().changed() + outcome.counts().unchanged()).isEqualTo(300);
        Map<String, Map<String, AttributeValue>> after = rawScan(table);
        original.forEach((key, item) -> assertThat(new BigDecimal(after.get(key).get("counter").n())).as(key)
                .isEqualByComparingTo(BulkItems.sum(item.get("counter").n(), "1")));
    }

    static JournalHeader header(String table, String kind) {
        return new JournalHeader(kind, table, "Local", LOCAL.endpoint().toString(), "us-east-1", Instant.now(),
                CHANGES.describe(), "scan " + table, null);
    }

    static QueryPlan scan(String table, TableInfo info) {
        return plan(ItemQuery.scanAll(table), info);
    }

    static QueryPlan plan(ItemQuery query, TableInfo info) {
        try {
            return QueryPlan.of(query, info);
        } catch (dev.dynamodesk.dynamo.query.InvalidQueryException e) {
            throw new IllegalStateException(e);
        }
    }

    static DynamoDbClient client(FaultProxy proxy) {
        return new DynamoClientFactory(new ClientTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(8), 2))
                .create("us-east-1", proxy.endpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create("bulk", "tests")));
    }

    /** The whole table by the SDK's paginator, by key. */
    static Map<String, Map<String, AttributeValue>> rawScan(String table) {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        LOCAL.client().scanPaginator(b -> b.tableName(table)).items()
                .forEach(item -> items.put(item.get("pk").s() + "|" + item.get("sk").n(), item));
        return items;
    }

    static String keyText(Item item) {
        return ((StringValue) item.get("pk")).value() + "|" + ((NumberValue) item.get("sk")).text();
    }

    static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        return Map.of("pk", item.get("pk"), "sk", item.get("sk"));
    }

    /** Values as the SDK gives them, with sets as sets (DynamoDB does not keep a set's order). */
    static Map<String, Object> normal(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        new TreeSet<>(item.keySet()).forEach(name -> out.put(name, normal(item.get(name))));
        return out;
    }

    static Map<String, Object> normalAll(Map<String, Map<String, AttributeValue>> items) {
        Map<String, Object> out = new HashMap<>();
        items.forEach((key, item) -> out.put(key, normal(item)));
        return out;
    }

    private static Object normal(AttributeValue value) {
        if (value.hasSs()) {
            return "SS" + new TreeSet<>(value.ss());
        }
        if (value.hasNs()) {
            return "NS" + new TreeSet<>(value.ns());
        }
        if (value.hasBs()) {
            Set<String> members = new HashSet<>();
            value.bs().forEach(bytes -> members.add(Base64.getEncoder().encodeToString(bytes.asByteArray())));
            return "BS" + new TreeSet<>(members);
        }
        if (value.hasM()) {
            return "M" + normal(value.m());
        }
        if (value.hasL()) {
            return "L" + value.l().stream().map(BulkChangesIT::normal).toList();
        }
        return value;
    }
}
