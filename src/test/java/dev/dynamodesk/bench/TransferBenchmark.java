package dev.dynamodesk.bench;

import static dev.dynamodesk.bench.BenchTable.print;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.transfer.Exporter;
import dev.dynamodesk.dynamo.transfer.Importer;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemSource;
import dev.dynamodesk.transfer.ItemSources;
import dev.dynamodesk.transfer.ItemWriters;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export to DynamoDB JSON lines against the SDK's own scan of the same table in the same run (one
 * segment against one, four against four), the heap while exporting (measured after a GC at each
 * quarter), and the import of the file back. Prints figures; asserts nothing about time.
 * Run with {@code mvn -Pbenchmark verify}.
 */
class TransferBenchmark {
    private static final int ITEMS = Integer.getInteger("bench.items", 100_000);
    private static final int LIMIT = 500;

    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();

    @TempDir
    Path folder;

    @Test
    void exportAgainstTheSdksScanAndImportBack() throws Exception {
        BenchTable.seed(local.client(), "Bench", ITEMS);
        DynamoServices services = new DynamoServices(local.client());
        TableInfo info = services.tables().describe("Bench");
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("Bench"), info);
        Path file = folder.resolve("bench.jsonl");

        // Warm both paths on a slice so that neither pays alone for class loading and the JIT.
        BenchTable.sdkScan(local.client(), "Bench", LIMIT, 0, 1, 10_000);
        export(services, plan, 1, file, 0, null);

        for (int segments : new int[] {1, 4}) {
            for (int round = 1; round <= 2; round++) {
                double sdk = parallelSdkScan(segments);
                HeapSamples heap = new HeapSamples();
                double export = export(services, plan, segments, file, ITEMS / 4, heap);
                heap.sample(); // at the end
                print("%d segment(s), round %d: SDK scan %.1f s (%,.0f items/s) · export %.1f s (%,.0f items/s, %.0f MB file) "
                                + "· export at %.0f%% of the SDK's rate · heap after GC at each quarter: %s",
                        segments, round, sdk, ITEMS / sdk, export, ITEMS / export, Files.size(file) / 1e6,
                        sdk / export * 100, heap.current);
            }
        }

        BenchTable.create(local.client(), "BenchCopy");
        TableInfo copy = services.tables().describe("BenchCopy");
        long start = System.nanoTime();
        Importer.Report report;
        try (ItemSource lines = ItemSources.open(file, ExportFormat.DYNAMODB_JSON_LINES, null)) {
            report = services.importer().run(lines, copy, new Importer.Options(false, 4), null, () -> false, written -> { });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        print("import of the file: %,d items in %.1f s (%,.0f items/s), %d failed", report.written(), seconds,
                report.written() / seconds, report.failed());
    }

    private static double export(DynamoServices services, QueryPlan plan, int segments, Path file, long sampleEvery,
                                 HeapSamples heap) throws Exception {
        long start = System.nanoTime();
        long[] nextSample = {sampleEvery};
        new Exporter(services.reader()).exportToFile(plan, segments, file, ExportFormat.DYNAMODB_JSON_LINES, true,
                out -> ItemWriters.open(ExportFormat.DYNAMODB_JSON_LINES, out, List.of(), false), ITEMS, () -> false,
                progress -> {
                    if (sampleEvery > 0 && progress.items() >= nextSample[0] && heap != null) {
                        heap.sample();
                        nextSample[0] += sampleEvery;
                    }
                });
        return (System.nanoTime() - start) / 1e9;
    }

    /** The SDK's scan with the given number of segments, each on its own thread, as the export reads. */
    private static double parallelSdkScan(int segments) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(segments);
        try {
            List<Future<Double>> done = new ArrayList<>();
            for (int segment = 0; segment < segments; segment++) {
                int mine = segment;
                done.add(pool.submit(() -> BenchTable.sdkScan(local.client(), "Bench", LIMIT, mine, segments, Integer.MAX_VALUE)));
            }
            for (Future<Double> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Used heap after a full GC, sampled during one export. */
    private static final class HeapSamples {
        final List<String> current = new ArrayList<>();

        void sample() {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            current.add(String.format("%.0f MB", used / 1e6));
        }
    }
}
