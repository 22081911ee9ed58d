package dev.dynamodesk.bench;

import static dev.dynamodesk.bench.BenchTable.print;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.compare.CompareResult;
import dev.dynamodesk.dynamo.compare.Differences;
import dev.dynamodesk.dynamo.compare.TableComparer;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.Verdict;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comparing two tables of 50,000 and of 100,000 items of ~1 KB against the SDK scanning both in
 * parallel (the same segments on each side) in the same run; the heap's peak during each
 * comparison, to show it does not grow with the tables. Prints figures; asserts nothing about
 * time. Run with {@code mvn -Pbenchmark verify}; {@code -Dbench.compareItems=N} compares one size instead.
 */
class CompareBenchmark {
    private static final int SEGMENTS = 4;

    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();

    @TempDir
    Path work;

    @Test
    void compareAgainstTwoParallelSdkScans() throws Exception {
        DynamoServices services = new DynamoServices(local.client());
        // -Dbench.compareItems=1000000 runs one size instead (the bound: under 512 MB heap, with -Dbench.jvm=-Xmx512m).
        int[] sizes = Integer.getInteger("bench.compareItems") == null ? new int[] {50_000, 100_000}
                : new int[] {Integer.getInteger("bench.compareItems")};
        for (int items : sizes) {
            String left = "Left" + items;
            String right = "Right" + items;
            BenchTable.seed(local.client(), left, items);
            BenchTable.seed(local.client(), right, items);
            TableInfo info = services.tables().describe(left);
            double sdk = sdkScans(left, right, items);
            HeapPeak peak = new HeapPeak();
            long start = System.nanoTime();
            CompareResult result = TableComparer.compare(
                    new TableComparer.Side(services.reader(), QueryPlan.of(ItemQuery.scanAll(left), info), SEGMENTS,
                            services.itemsByKey(), info),
                    new TableComparer.Side(services.reader(), QueryPlan.of(ItemQuery.scanAll(right), services.tables().describe(right)),
                            SEGMENTS, services.itemsByKey(), services.tables().describe(right)),
                    items, work, () -> false, read -> peak.sample(), new Ignored());
            double compare = (System.nanoTime() - start) / 1e9;
            print("%,d items a side: SDK scans of both, in parallel, %.1f s · compare %.1f s (reading into partitions %.1f s,"
                    + " comparing them %.1f s; %s) · heap peak during it %.0f MB", items, sdk, compare, result.readMillis() / 1e3,
                    result.compareMillis() / 1e3, result.summary(), peak.max / 1e6);
            Verdict.print(Verdict.ratio(String.format("compare of %,d items a side", items), compare * 1000, "ms", sdk * 1000,
                    "the SDK scanning both in parallel", 1.3));
        }
    }

    /** Both tables scanned with the SDK alone, SEGMENTS segments each, all at once. */
    private static double sdkScans(String left, String right, int items) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2 * SEGMENTS);
        try {
            List<Future<Double>> done = new ArrayList<>();
            for (String table : new String[] {left, right}) {
                for (int segment = 0; segment < SEGMENTS; segment++) {
                    int mine = segment;
                    done.add(pool.submit(() -> BenchTable.sdkScan(local.client(), table, 1_000, mine, SEGMENTS, Integer.MAX_VALUE)));
                }
            }
            for (Future<Double> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The largest heap in use seen while comparing (sampled as chunks arrive, without forcing a GC). */
    private static final class HeapPeak {
        long max;
        private final AtomicLong calls = new AtomicLong();

        synchronized void sample() {
            if (calls.incrementAndGet() % 20 == 0) {
                max = Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
        }
    }

    private static final class Ignored implements Differences {
        @Override
        public void onlyLeft(Item key, Item item) {
        }

        @Override
        public void onlyRight(Item key, Item item) {
        }

        @Override
        public void different(Item key, Item left, Item right, List<ItemDiff.Change> changes) {
        }
    }
}
