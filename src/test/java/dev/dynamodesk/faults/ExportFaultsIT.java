package dev.dynamodesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.transfer.ExportResult;
import dev.dynamodesk.dynamo.transfer.Exporter;
import dev.dynamodesk.testing.FaultProxy.Fault;
import dev.dynamodesk.testing.FaultProxy.Plan;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemWriters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exports through a server that throttles, fails, resets connections, stops answering or dies:
 * either every item exactly once in the file, or a clear failure with no file under the final
 * name and no part file left, in seconds.
 */
class ExportFaultsIT {
    @RegisterExtension
    static final FaultBench bench = new FaultBench();

    @TempDir
    Path folder;

    private ExportResult export(Path file, int segments, Plan faults) throws Exception {
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll(FaultBench.TABLE), bench.services().tables().describe(FaultBench.TABLE));
        bench.proxy().plan(faults);
        return new Exporter(bench.services().reader()).exportToFile(plan, segments, file, ExportFormat.DYNAMODB_JSON_LINES, false,
                out -> ItemWriters.open(ExportFormat.DYNAMODB_JSON_LINES, out, List.of(), false), 0, () -> false, progress -> { });
    }

    @ParameterizedTest(name = "{0} on every 3rd Scan")
    @EnumSource(value = Fault.class, names = {"PROVISIONED_THROUGHPUT_EXCEEDED", "THROTTLING", "HTTP_500", "RESET_MID_RESPONSE"})
    void faultsThatPassLeaveEveryItemExactlyOnce(Fault fault) throws Exception {
        Path file = folder.resolve("export.jsonl");
        ExportResult result = export(file, 4, Plan.every(3, fault, "Scan"));
        assertThat(bench.proxy().injected(fault)).isPositive();
        SameItems.assertSame("export with " + fault, bench.reference(), ReferenceReader.dynamoJsonLines(file), RandomTables.KEYS);
        assertThat(result.items()).isEqualTo(FaultBench.ITEMS);
    }

    @Test
    void aServerThatKeepsFailingFailsInSecondsAndSaysTheServerFailed() {
        Path file = folder.resolve("export.jsonl");
        long started = System.nanoTime();
        assertThatThrownBy(() -> export(file, 4, Plan.after(2, Fault.HTTP_500, "Scan"))).satisfies(failure ->
                assertThat(ErrorMessages.summary(failure)).startsWith("The server failed (HTTP 500, 4 attempts)"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        assertNothingWritten(file);
    }

    @Test
    void aServerThatNeverAnswersFailsAtTheTimeoutAndSaysSo() {
        Path file = folder.resolve("export.jsonl");
        long started = System.nanoTime();
        assertThatThrownBy(() -> export(file, 2, Plan.after(3, Fault.NEVER_ANSWER, "Scan"))).satisfies(failure ->
                assertThat(ErrorMessages.summary(failure)).startsWith("The endpoint did not answer in time"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(FaultBench.TIMEOUTS.call().toMillis() + 3_000);
        assertNothingWritten(file);
    }

    @Test
    void aServerThatDiesFailsTheExportAndLeavesNoFile() {
        Path file = folder.resolve("export.jsonl");
        assertThatThrownBy(() -> export(file, 4, Plan.after(2, Fault.KILL, "Scan"))).satisfies(failure ->
                assertThat(ErrorMessages.summary(failure)).contains("refused the connection"));
        assertNothingWritten(file);
    }

    private void assertNothingWritten(Path file) {
        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling(file.getFileName() + ".part")).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
