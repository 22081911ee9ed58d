package dev.dynamodesk.bench;

import static dev.dynamodesk.bench.BenchTable.print;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.bulk.BulkChanges;
import dev.dynamodesk.dynamo.bulk.BulkOutcome;
import dev.dynamodesk.dynamo.bulk.BulkProgress;
import dev.dynamodesk.dynamo.bulk.BulkSettings;
import dev.dynamodesk.dynamo.bulk.BulkTally;
import dev.dynamodesk.dynamo.bulk.JournalHeader;
import dev.dynamodesk.dynamo.bulk.RunControl;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.change.Change;
import dev.dynamodesk.item.change.ChangeSet;
import dev.dynamodesk.item.edit.ValuePath;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.Verdict;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A bulk update (read, journal, one conditional UpdateItem per item) against a plain SDK loop
 * sending the same conditional UpdateItem for each item of the SDK's own scan, with the same
 * number of requests in flight, in the same run; the heap after a GC at each quarter of the run.
 * Prints figures; asserts nothing about time. Run with {@code mvn -Pbenchmark verify}.
 */
class BulkBenchmark {
    private static final int ITEMS = Integer.getInteger("bench.bulkItems", 20_000);

    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();

    @TempDir
    Path journals;

    @Test
    void bulkUpdateAgainstAPlainSdkLoop() throws Exception {
        BenchTable.seed(local.client(), "BulkBench", ITEMS);
        DynamoServices services = new DynamoServices(local.client());
        TableInfo info = services.tables().describe("BulkBench");
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("BulkBench"), info);
        BulkChanges bulk = services.bulk();
        int inFlight = BulkSettings.DEFAULT_IN_FLIGHT;

        for (int round = 1; round <= 3; round++) {
            double sdk = sdkLoop(inFlight, "sdk-" + round);
            List<String> heap = new ArrayList<>();
            long start = System.nanoTime();
            BulkOutcome outcome = bulk.run(bulk.source(plan, info, BulkSettings.DEFAULT_SEGMENTS), info,
                    ChangeSet.of(List.of(new Change.SetValue(ValuePath.attribute("status"), new StringValue("ours-" + round)))),
                    new JournalHeader(JournalHeader.UPDATE, "BulkBench", "bench", null, null, Instant.now(), List.of(), "scan", null),
                    journals, BulkSettings.defaults(), new RunControl(), quarters(heap));
            double ours = (System.nanoTime() - start) / 1e9;
            heap.add(heapNow());
            print("round %d: SDK loop %.1f s (%,.0f items/s) · bulk update %.1f s (%,.0f items/s, %s) · heap after GC at each"
                    + " quarter: %s", round, sdk, ITEMS / sdk, ours, ITEMS / ours, outcome.counts().summary(), heap);
            Verdict.print(Verdict.atLeast("round " + round + ": bulk update rate", ITEMS / ours, "items/s", ITEMS / sdk,
                    "the plain SDK UpdateItem loop (" + inFlight + " in flight)", 0.8));
        }
    }

    private static BulkProgress quarters(List<String> heap) {
        long[] next = {ITEMS / 4};
        return new BulkProgress() {
            @Override
            public void counts(BulkTally.Counts counts) {
                if (counts.done() >= next[0]) {
                    heap.add(heapNow());
                    next[0] += ITEMS / 4;
                }
            }
        };
    }

    private static String heapNow() {
        System.gc();
        return String.format("%.0f MB", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
    }

    /** The SDK's paginator, and for each item the same conditional UpdateItem, {@code inFlight} at a time. */
    private static double sdkLoop(int inFlight, String value) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        Semaphore slots = new Semaphore(inFlight);
        try {
            for (Map<String, AttributeValue> item : local.client().scanPaginator(b -> b.tableName("BulkBench")).items()) {
                slots.acquire();
                pool.execute(() -> {
                    try {
                        local.client().updateItem(u -> u.tableName("BulkBench")
                                .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))
                                .updateExpression("SET #n1 = :v1")
                                .conditionExpression("attribute_exists(#n0) AND #n1 = :v0")
                                .expressionAttributeNames(Map.of("#n0", "pk", "#n1", "status"))
                                .expressionAttributeValues(Map.of(":v0", item.get("status"), ":v1", AttributeValue.fromS(value))));
                    } finally {
                        slots.release();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
