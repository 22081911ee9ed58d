package dev.dynamodesk.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.Condition;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.transfer.ExportResult;
import dev.dynamodesk.dynamo.transfer.Exporter;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemWriters;
import dev.dynamodesk.transfer.SampledCsvWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Export, compared with the SDK's paginator item by item and by value: every table size, 1 to 16
 * segments, a filter that leaves almost every page empty, pages cut at 1 MB by 400 KB items, and
 * every format read back by an independent parser (Jackson).
 */
class ExportDifferentialIT {
    @AfterAll
    static void figures() {
        SharedTables.printFigures();
    }

    /** Backends, tables and segment counts (fewer counts on a slow backend). */
    static Stream<Arguments> exportCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Backend.Kind kind : Backend.Kind.values()) {
            for (String table : List.of(SharedTables.EMPTY, SharedTables.ONE, SharedTables.THREE, SharedTables.THOUSAND)) {
                for (int segments : SharedTables.slow(kind) ? new int[] {1, 4, 16} : new int[] {1, 2, 3, 4, 7, 16}) {
                    cases.add(Arguments.of(kind, table, segments));
                }
            }
            for (int segments : new int[] {1, 4, 16}) {
                cases.add(Arguments.of(kind, SharedTables.LARGE, segments));
            }
            cases.add(Arguments.of(kind, SharedTables.BIG_ITEMS, 1));
            cases.add(Arguments.of(kind, SharedTables.BIG_ITEMS, 4));
        }
        return cases.stream();
    }

    static Stream<Arguments> sparseSegments() {
        return Cases.with(1, 16);
    }

    static Stream<Arguments> plainFormats() {
        return Cases.with(ExportFormat.JSON_ARRAY, ExportFormat.JSON_LINES, ExportFormat.CSV);
    }

    @ParameterizedTest(name = "{0}: {1}, {2} segments")
    @MethodSource("exportCases")
    void anExportHoldsEveryItemOnceByValue(Backend.Kind kind, String table, int segments) throws Exception {
        SharedTables tables = SharedTables.of(kind);
        Path file = tables.file(table + "-" + segments + "-segments.jsonl");
        ExportResult result = export(tables, QueryPlan.of(ItemQuery.scanAll(table), tables.info(table)), segments, file,
                ExportFormat.DYNAMODB_JSON_LINES);
        List<Map<String, Typed>> reference = tables.reference(table);
        SameItems.assertSame(tables.backend() + " " + table + " exported with " + segments + " segments", reference,
                ReferenceReader.dynamoJsonLines(file), RandomTables.KEYS);
        assertThat(result.items()).isEqualTo(reference.size());
        assertThat(result.fileRecords()).isEqualTo(reference.size());
        assertThat(result.account().segments()).hasSize(segments).allMatch(tally -> tally.completed());
        assertThat(file.resolveSibling(file.getFileName() + ".part")).doesNotExist();
        tables.compared(reference.size());
        Files.delete(file);
    }

    @ParameterizedTest(name = "{0}: {1} segments")
    @MethodSource("sparseSegments")
    void aFilterThatLeavesAlmostEveryPageEmptyLosesNothing(Backend.Kind kind, int segments) throws Exception {
        SharedTables tables = SharedTables.of(kind);
        Path file = tables.file("rare-" + segments + ".jsonl");
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll(SharedTables.LARGE)
                .withFilter(List.of(FilterClause.and(Condition.of("rare", Operator.EQ, BoolValue.TRUE)))), tables.info(SharedTables.LARGE));
        ExportResult result = export(tables, plan, segments, file, ExportFormat.DYNAMODB_JSON_LINES);
        List<Map<String, Typed>> reference = ReferenceReader.scan(tables.backend().client(), SharedTables.LARGE,
                request -> request.filterExpression("#r = :yes").expressionAttributeNames(Map.of("#r", "rare"))
                        .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
        assertThat(reference).hasSize(tables.rareCount());
        SameItems.assertSame(tables.backend() + " sparse filter, " + segments + " segments", reference,
                ReferenceReader.dynamoJsonLines(file), RandomTables.KEYS);
        assertThat(result.account().scanned()).isEqualTo(tables.largeSize());
        tables.compared(reference.size());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("plainFormats")
    void everyFormatHoldsWhatItCanOfEveryItem(Backend.Kind kind, ExportFormat format) throws Exception {
        SharedTables tables = SharedTables.of(kind);
        String table = SharedTables.THOUSAND;
        Path file = tables.file(table + "." + format.extension());
        TableInfo info = tables.info(table);
        ExportResult result = export(tables, QueryPlan.of(ItemQuery.scanAll(table), info), 4, file, format);
        List<Map<String, Typed>> reference = tables.reference(table);
        String what = tables.backend() + " " + table + " as " + format.label();
        switch (format) {
            case JSON_ARRAY -> PlainFiles.assertPlainItems(what, reference, ReferenceReader.plainJsonArray(file));
            case JSON_LINES -> PlainFiles.assertPlainItems(what, reference, ReferenceReader.plainJsonLines(file));
            default -> PlainFiles.assertCsvRows(what, reference, file);
        }
        assertThat(result.fileRecords()).isEqualTo(reference.size());
        tables.compared(reference.size());
    }

    /** Our export, as the CLI runs it (a CSV's columns from the first 1,000 items). */
    private static ExportResult export(SharedTables tables, QueryPlan plan, int segments, Path file, ExportFormat format) throws Exception {
        List<String> keys = tables.info(plan.query().table()).keyNames();
        return new Exporter(tables.services().reader()).exportToFile(plan, segments, file, format, false,
                out -> format == ExportFormat.CSV ? new SampledCsvWriter(out, keys, 1_000)
                        : ItemWriters.open(format, out, List.of(), false),
                0, () -> false, progress -> { });
    }
}
