package dev.dynamodesk.dynamo.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ClientTimeouts;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableDetails;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.local.EmbeddedDynamoLocal;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Copies between two DynamoDB Locals (the second on disk in a folder of its own), checked with the
 * SDK's paginator on both sides: every type copied exactly, the table's shape carried, an item
 * already in the target overwritten, skipped or stopping the copy as chosen, and a stopped copy
 * resumed from its checkpoints.
 */
class CopyIT {
    @RegisterExtension
    static final LocalDynamo SOURCE = new LocalDynamo();

    @TempDir
    static Path folder;

    private static EmbeddedDynamoLocal targetServer;
    private static DynamoDbClient targetClient;

    @BeforeAll
    static void secondLocal() throws Exception {
        targetServer = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.OnDisk(folder.resolve("target-db")), 0, LocalDynamo.nativeDir());
        targetClient = new DynamoClientFactory(new ClientTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30), 4))
                .create("us-east-1", targetServer.endpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create("target", "x")));
    }

    @AfterAll
    static void stopSecondLocal() {
        targetClient.close();
        targetServer.close();
    }

    @Test
    void aTableAndEveryTypeOfItemGoAcrossExactly() throws Exception {
        SOURCE.client().createTable(b -> b.tableName("CopyShape").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("status").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("n").attributeType(ScalarAttributeType.N))
                .globalSecondaryIndexes(g -> g.indexName("byStatus").keySchema(k -> k.attributeName("status").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(l -> l.indexName("byNumber").keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("n").keyType(KeyType.RANGE)).projection(p -> p.projectionType(ProjectionType.INCLUDE)
                        .nonKeyAttributes("s"))));
        RandomTables.awaitActive(SOURCE.client(), "CopyShape");
        RandomTables.load(SOURCE.client(), "CopyShape", 1_500, 7);
        DynamoServices source = new DynamoServices(SOURCE.client());
        DynamoServices target = new DynamoServices(targetClient);
        TableDetails details = source.describer().describe("CopyShape");
        target.admin().createAndWait(TableSchemas.copyOf(details, "CopyShape"), () -> false, message -> { });

        CopyResult result = copy(source, target, "CopyShape", TableCopier.IfExists.OVERWRITE, 4, () -> false);
        assertThat(result.summary()).isEqualTo("read 1,500, written 1,500, skipped (already in the target) 0, failed 0");
        SameItems.assertSame("the copy", ReferenceReader.scan(SOURCE.client(), "CopyShape"),
                ReferenceReader.scan(targetClient, "CopyShape"), RandomTables.KEYS);
        var copied = targetClient.describeTable(b -> b.tableName("CopyShape")).table();
        assertThat(copied.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("byStatus");
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
        });
        assertThat(copied.localSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.keySchema().get(1).attributeName()).isEqualTo("n");
            assertThat(index.projection().nonKeyAttributes()).containsExactly("s");
        });
        assertThat(copied.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    }

    @Test
    void itemsAlreadyInTheTargetAreSkippedOrStopTheCopyAsChosen() throws Exception {
        RandomTables.create(SOURCE.client(), "CopyExisting");
        RandomTables.load(SOURCE.client(), "CopyExisting", 400, 4);
        RandomTables.create(targetClient, "CopyExisting");
        List<Map<String, AttributeValue>> theirs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, AttributeValue> item = new java.util.HashMap<>(RandomTables.item(i * 30, 4));
            item.put("s", AttributeValue.fromS("the target's own"));
            targetClient.putItem(p -> p.tableName("CopyExisting").item(item));
            theirs.add(item);
        }
        DynamoServices source = new DynamoServices(SOURCE.client());
        DynamoServices target = new DynamoServices(targetClient);

        CopyResult failing = copy(source, target, "CopyExisting", TableCopier.IfExists.FAIL, 2, () -> false);
        assertThat(failing.stoppedBecause()).startsWith("An item with the key ").endsWith("is already in CopyExisting (if it exists: fail).");
        assertThat(failing.read()).isEqualTo(failing.written() + failing.skipped() + failing.failed() + failing.notAttempted());

        CopyResult skipping = copy(source, target, "CopyExisting", TableCopier.IfExists.SKIP, 2, () -> false);
        assertThat(skipping.read()).isEqualTo(400);
        assertThat(skipping.skipped()).isEqualTo(10 + failing.written());
        List<Map<String, Typed>> expected = new ArrayList<>();
        for (Map<String, Typed> item : ReferenceReader.scan(SOURCE.client(), "CopyExisting")) {
            boolean kept = theirs.stream().anyMatch(mine -> Typed.item(mine).get("pk").equals(item.get("pk"))
                    && Typed.item(mine).get("sk").equals(item.get("sk")));
            expected.add(kept ? theirs.stream().map(Typed::item).filter(mine -> mine.get("pk").equals(item.get("pk"))
                    && mine.get("sk").equals(item.get("sk"))).findFirst().orElseThrow() : item);
        }
        SameItems.assertSame("skip keeps the target's items", expected, ReferenceReader.scan(targetClient, "CopyExisting"),
                RandomTables.KEYS);
    }

    @Test
    void aStoppedCopyResumesFromItsCheckpoints() throws Exception {
        RandomTables.create(SOURCE.client(), "CopyResume");
        RandomTables.load(SOURCE.client(), "CopyResume", 4_000, 9);
        RandomTables.create(targetClient, "CopyResume");
        DynamoServices source = new DynamoServices(SOURCE.client());
        DynamoServices target = new DynamoServices(targetClient);
        Path checkpointFile = folder.resolve("resume.checkpoints.json");
        TableInfo info = source.tables().describe("CopyResume");
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("CopyResume"), info);
        TableInfo targetInfo = target.tables().describe("CopyResume");
        AtomicBoolean stop = new AtomicBoolean();
        TableCopier copier = target.copierFrom(source.reader());
        CopyResult first = copier.copy(plan, targetInfo, TableCopier.IfExists.OVERWRITE, CopyCheckpoints.fresh(checkpointFile, "resume", 3),
                folder.resolve("first.failed.jsonl"), stop::get, progress -> stop.set(progress.read() >= 1_500));
        assertThat(first.stopped()).isTrue();
        assertThat(first.written()).isLessThan(4_000);
        assertThat(checkpointFile).exists();

        CopyResult second = copier.copy(plan, targetInfo, TableCopier.IfExists.OVERWRITE, CopyCheckpoints.resume(checkpointFile, "resume"),
                folder.resolve("second.failed.jsonl"), () -> false, progress -> { });
        assertThat(second.stopped()).isFalse();
        // At most the chunks in flight when it stopped (one per segment, 500 items) are written twice.
        assertThat(first.written() + second.written()).isBetween(4_000L, 4_000L + 3 * 500);
        assertThat(second.read()).isLessThan(4_000);
        assertThat(checkpointFile).doesNotExist();
        SameItems.assertSame("the resumed copy", ReferenceReader.scan(SOURCE.client(), "CopyResume"),
                ReferenceReader.scan(targetClient, "CopyResume"), RandomTables.KEYS);
    }

    @Test
    void anItemTheTargetRefusesFailsAloneWithTheServersWordsAndIsKeptInAFileThatImports() throws Exception {
        RandomTables.create(SOURCE.client(), "CopyRefused");
        RandomTables.load(SOURCE.client(), "CopyRefused", 300, 5);
        // Two items whose "tag" is a number: the target indexes "tag" as a string, so DynamoDB refuses them
        // (and with them the whole batch each is in).
        List<Map<String, AttributeValue>> odd = new ArrayList<>();
        for (int i : new int[] {17, 211}) {
            Map<String, AttributeValue> item = new java.util.HashMap<>(RandomTables.item(i, 5));
            item.put("tag", AttributeValue.fromN("42"));
            SOURCE.client().putItem(p -> p.tableName("CopyRefused").item(item));
            odd.add(item);
        }
        targetClient.createTable(b -> b.tableName("CopyRefused").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("tag").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName("byTag").keySchema(k -> k.attributeName("tag").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))));
        RandomTables.awaitActive(targetClient, "CopyRefused");

        CopyResult result = copy(new DynamoServices(SOURCE.client()), new DynamoServices(targetClient), "CopyRefused",
                TableCopier.IfExists.OVERWRITE, 4, () -> false);
        List<Map<String, Typed>> source = ReferenceReader.scan(SOURCE.client(), "CopyRefused");
        assertThat(result.summary()).isEqualTo(String.format("read %d, written %d, skipped (already in the target) 0, failed 2",
                source.size(), source.size() - 2));
        assertThat(result.failures()).startsWith("Failed: 2 × ").contains("Type mismatch");
        List<Map<String, Typed>> kept = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(result.failedFile())) {
            kept.add(Typed.dynamoJsonItem(ReferenceReader.JSON.readTree(line)));
        }
        assertThat(kept).as("the failed file: one DynamoDB JSON item a line, read by the test's own parser")
                .containsExactlyInAnyOrderElementsOf(odd.stream().map(Typed::item).toList());
        // The file imports again (here into a table without the index): the two items, nothing else.
        RandomTables.create(targetClient, "CopyRefusedRetry");
        DynamoServices target = new DynamoServices(targetClient);
        try (var records = dev.dynamodesk.transfer.ItemSources.open(result.failedFile(),
                dev.dynamodesk.transfer.ExportFormat.DYNAMODB_JSON_LINES, null)) {
            var imported = target.importer().run(records, target.tables().describe("CopyRefusedRetry"),
                    new dev.dynamodesk.dynamo.transfer.Importer.Options(false, 4), new java.io.StringWriter(), () -> false, written -> { });
            assertThat(imported.written()).as(imported.describe()).isEqualTo(2);
        }
        SameItems.assertSame("the failed items imported", kept, ReferenceReader.scan(targetClient, "CopyRefusedRetry"), RandomTables.KEYS);
        List<Map<String, Typed>> expected = source.stream().filter(item -> !odd.stream().map(Typed::item).toList().contains(item)).toList();
        SameItems.assertSame("every other item copied", expected, ReferenceReader.scan(targetClient, "CopyRefused"), RandomTables.KEYS);
    }

    @Test
    void aCopyWhoseSourceDiesWritesNothingAfterItEndsAndResumesExactly() throws Exception {
        RandomTables.create(SOURCE.client(), "CopyDies");
        RandomTables.load(SOURCE.client(), "CopyDies", 6_000, 17);
        RandomTables.create(targetClient, "CopyDies");
        DynamoServices target = new DynamoServices(targetClient);
        TableInfo targetInfo = target.tables().describe("CopyDies");
        Path checkpointFile = folder.resolve("dies.checkpoints.json");
        try (dev.dynamodesk.testing.FaultProxy proxy = new dev.dynamodesk.testing.FaultProxy(SOURCE.endpoint());
             DynamoDbClient proxied = new DynamoClientFactory(new ClientTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2),
                     Duration.ofSeconds(8), 2)).create(dev.dynamodesk.connection.ConnectionProfile.builtInLocal()
                     .withEndpoint(proxy.endpoint()))) {
            // Each of the 4 segments reads its first chunk; then the source's server dies.
            proxy.plan(dev.dynamodesk.testing.FaultProxy.Plan.after(4, dev.dynamodesk.testing.FaultProxy.Fault.KILL, "Scan"));
            DynamoServices source = new DynamoServices(proxied);
            QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("CopyDies"), source.tables().describe("CopyDies"));
            TableCopier copier = target.copierFrom(source.reader());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> copier.copy(plan, targetInfo, TableCopier.IfExists.OVERWRITE,
                    CopyCheckpoints.fresh(checkpointFile, "dies", 4), folder.resolve("dies.failed.jsonl"), () -> false, progress -> { }))
                    .isNotInstanceOf(AssertionError.class);
        }
        int whenItEnded = ReferenceReader.scan(targetClient, "CopyDies").size();
        Thread.sleep(1_000);
        assertThat(ReferenceReader.scan(targetClient, "CopyDies")).as("nothing written after the copy ended").hasSize(whenItEnded);
        assertThat(whenItEnded).isBetween(1, 5_999);
        assertThat(checkpointFile).exists();

        DynamoServices source = new DynamoServices(SOURCE.client());
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("CopyDies"), source.tables().describe("CopyDies"));
        CopyResult resumed = target.copierFrom(source.reader()).copy(plan, targetInfo, TableCopier.IfExists.OVERWRITE,
                CopyCheckpoints.resume(checkpointFile, "dies"), folder.resolve("dies-2.failed.jsonl"), () -> false, progress -> { });
        assertThat(resumed.clean()).isTrue();
        assertThat(resumed.read()).isLessThan(6_000);
        assertThat(checkpointFile).doesNotExist();
        SameItems.assertSame("the copy resumed after its source died", ReferenceReader.scan(SOURCE.client(), "CopyDies"),
                ReferenceReader.scan(targetClient, "CopyDies"), RandomTables.KEYS);
    }

    private static CopyResult copy(DynamoServices source, DynamoServices target, String table, TableCopier.IfExists mode,
                                   int segments, java.util.function.BooleanSupplier stop) throws Exception {
        TableInfo info = source.tables().describe(table);
        return target.copierFrom(source.reader()).copy(QueryPlan.of(ItemQuery.scanAll(table), info), target.tables().describe(table),
                mode, CopyCheckpoints.fresh(folder.resolve(table + "-" + mode + ".checkpoints.json"), table, segments),
                folder.resolve(table + ".failed.jsonl"), stop, progress -> { });
    }
}
