package dev.dynamodesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.transfer.Importer;
import dev.dynamodesk.testing.FaultProxy.Fault;
import dev.dynamodesk.testing.FaultProxy.Plan;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemSource;
import dev.dynamodesk.transfer.ItemSources;
import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Imports through a server that throttles, fails, resets, stops answering or dies: every record
 * ends up written exactly once, or the import stops soon, and then the failed-records file holds
 * exactly the records the table does not (never one that was confirmed written).
 */
class ImportFaultsIT {
    @RegisterExtension
    static final FaultBench bench = new FaultBench();
    private static Path file;

    @TempDir
    static Path folder;

    @BeforeAll
    static void itemsFile() throws Exception {
        // The reference table's items as DynamoDB JSON lines, written by Jackson, not by the app.
        file = folder.resolve("items.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item
                    : bench.direct().scanPaginator(b -> b.tableName(FaultBench.TABLE).limit(1_000)).items()) {
                out.write("{\"Item\":" + ReferenceReader.JSON.writeValueAsString(DynamoJsonOf.item(item)) + "}\n");
            }
        }
    }

    @BeforeEach
    void emptyTable() {
        try {
            bench.direct().deleteTable(b -> b.tableName("Target"));
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException none) {
            // first case
        }
        RandomTables.create(bench.direct(), "Target");
    }

    private record Outcome(Importer.Report report, Path failed, long millis) {
    }

    private Outcome importThrough(Plan faults) throws Exception {
        bench.proxy().plan(faults);
        Path failed = folder.resolve("failed-" + System.nanoTime() + ".jsonl");
        long started = System.nanoTime();
        Importer.Report report;
        try (ItemSource records = ItemSources.open(file, ExportFormat.DYNAMODB_JSON_LINES, null);
             Writer failedLines = Files.newBufferedWriter(failed, StandardCharsets.UTF_8)) {
            report = bench.services().importer().run(records, bench.services().tables().describe("Target"),
                    new Importer.Options(false, 4), failedLines, () -> false, written -> { });
        }
        return new Outcome(report, failed, (System.nanoTime() - started) / 1_000_000);
    }

    @ParameterizedTest(name = "{0} on every 4th BatchWriteItem")
    @EnumSource(value = Fault.class, names = {"PROVISIONED_THROUGHPUT_EXCEEDED", "THROTTLING", "HTTP_500", "RESET_MID_RESPONSE"})
    void faultsThatPassWriteEveryRecordExactlyOnce(Fault fault) throws Exception {
        Outcome outcome = importThrough(Plan.every(4, fault, "BatchWriteItem"));
        assertThat(bench.proxy().injected(fault)).isPositive();
        assertThat(outcome.report().written()).as(outcome.report().describe()).isEqualTo(FaultBench.ITEMS);
        assertThat(outcome.report().failed()).isZero();
        assertThat(Files.readString(outcome.failed())).isEmpty();
        SameItems.assertSame("import with " + fault, bench.reference(), ReferenceReader.scan(bench.direct(), "Target"), RandomTables.KEYS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Fault.class, names = {"KILL", "NEVER_ANSWER", "HTTP_500"})
    void aServerThatGoesAwayStopsTheImportAndTheFailedFileHoldsExactlyWhatIsMissing(Fault fault) throws Exception {
        Outcome outcome = importThrough(Plan.after(20, fault, "BatchWriteItem"));
        Importer.Report report = outcome.report();
        assertThat(report.serverProblem()).as(report.describe()).isNotNull();
        assertThat(report.read()).isEqualTo(FaultBench.ITEMS);
        assertThat(report.written() + report.failed()).isEqualTo(FaultBench.ITEMS);
        assertThat(report.notAttempted()).isPositive();
        assertThat(report.written()).isBetween(20L * 25 - 100, 20L * 25);
        // Stopped soon: not one failure per remaining record.
        assertThat(outcome.millis()).isLessThan(3 * FaultBench.TIMEOUTS.call().toMillis() + 5_000);

        List<Map<String, Typed>> inTable = ReferenceReader.scan(bench.direct(), "Target");
        List<Map<String, Typed>> inFailedFile = ReferenceReader.dynamoJsonLines(outcome.failed());
        assertThat(inFailedFile).hasSize((int) report.failed());
        // Every record confirmed written is in the table, and only those may be missing from the failed file.
        assertThat(inTable.size()).as(report.describe()).isBetween((int) report.written(), (int) (report.written() + report.unconfirmed()));
        java.util.Set<String> tableKeys = keys(inTable);
        java.util.Set<String> failedKeys = keys(inFailedFile);
        assertThat(failedKeys).hasSize(inFailedFile.size());
        java.util.Set<String> both = new java.util.HashSet<>(tableKeys);
        both.retainAll(failedKeys);
        assertThat(both.size()).as("records both written and in the failed file (only those not confirmed may be)")
                .isLessThanOrEqualTo((int) report.unconfirmed());
        java.util.Set<String> union = new java.util.HashSet<>(tableKeys);
        union.addAll(failedKeys);
        assertThat(union).isEqualTo(keys(bench.reference()));
        for (Map<String, Typed> item : inFailedFile) {
            assertThat(bench.reference()).contains(item);
        }
        assertThat(report.explain(outcome.failed(), 5)).contains("Stopped: the server failed 3 times in a row")
                .contains("import that file again once the server answers");
    }

    private static java.util.Set<String> keys(List<Map<String, Typed>> items) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        items.forEach(item -> keys.add(SameItems.keyOf(item, RandomTables.KEYS, Typed::toString)));
        return keys;
    }

    @Test
    void aFailedRecordsFileImportsTheRestOnceTheServerIsBack() throws Exception {
        Outcome broken = importThrough(Plan.after(30, Fault.KILL, "BatchWriteItem"));
        bench.freshProxy();
        file = broken.failed();
        try {
            Outcome rest = importThrough(Plan.none());
            assertThat(rest.report().failed()).isZero();
        } finally {
            file = folder.resolve("items.jsonl");
        }
        SameItems.assertSame("import, then import of the failed records", bench.reference(),
                ReferenceReader.scan(bench.direct(), "Target"), RandomTables.KEYS);
    }
}
