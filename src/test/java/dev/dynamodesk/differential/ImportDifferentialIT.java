package dev.dynamodesk.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.transfer.Exporter;
import dev.dynamodesk.dynamo.transfer.Importer;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemSource;
import dev.dynamodesk.transfer.ItemSources;
import dev.dynamodesk.transfer.ItemWriters;
import dev.dynamodesk.transfer.SampledCsvWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Import of every format: a table exported, imported into a new table, and the new table (read
 * by the SDK's paginator) compared with the original, by what each format keeps.
 */
class ImportDifferentialIT {
    static Stream<Arguments> formats() {
        return Cases.with((Object[]) ExportFormat.values());
    }

    @AfterAll
    static void figures() {
        SharedTables.printFigures();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("formats")
    void anImportGivesBackWhatTheFileHolds(Backend.Kind kind, ExportFormat format) throws Exception {
        SharedTables tables = SharedTables.of(kind);
        org.junit.jupiter.api.Assumptions.assumeTrue(!tables.slow() || format == ExportFormat.DYNAMODB_JSON_LINES
                || format == ExportFormat.CSV, "on a slow backend the plain JSON formats are left to the others (same reader shape)");
        String source = SharedTables.THOUSAND;
        String target = "Imported" + format.name().replace("_", "");
        Path file = tables.file("for-import." + format.extension());
        List<String> keys = tables.info(source).keyNames();
        new Exporter(tables.services().reader()).exportToFile(QueryPlan.of(ItemQuery.scanAll(source), tables.info(source)), 4,
                file, format, false, out -> format == ExportFormat.CSV ? new SampledCsvWriter(out, keys, 1_000)
                        : ItemWriters.open(format, out, List.of(), false), 0, () -> false, progress -> { });
        RandomTables.create(tables.backend().client(), target);
        StringWriter failed = new StringWriter();
        Importer.Report report;
        try (ItemSource records = ItemSources.open(file, format, null)) {
            report = tables.services().importer().run(records, tables.info(target), new Importer.Options(false, 4), failed,
                    () -> false, written -> { });
        }
        List<Map<String, Typed>> reference = tables.reference(source);
        assertThat(report.read()).isEqualTo(reference.size());
        assertThat(report.written()).as(report.explain(null, 5)).isEqualTo(reference.size());
        assertThat(failed.toString()).isEmpty();

        List<Map<String, Typed>> imported = ReferenceReader.scan(tables.backend().client(), target);
        String what = tables.backend() + " " + format.label() + " imported";
        switch (format) {
            case DYNAMODB_JSON_LINES -> SameItems.assertSame(what, reference, imported, RandomTables.KEYS);
            case CSV -> SameItems.assertMatch(what, reference, imported.stream().map(PlainFiles::plainView).toList(),
                    PlainFiles::plainKey, PlainFiles::readKey,
                    (expected, actual) -> Typed.plainMatches(PlainFiles.csvView(expected), actual));
            default -> SameItems.assertMatch(what, reference, imported.stream().map(PlainFiles::plainView).toList(),
                    PlainFiles::plainKey, PlainFiles::readKey,
                    (expected, actual) -> Typed.plainMatches(PlainFiles.plainView(expected), actual));
        }
        tables.compared(reference.size());
        tables.backend().client().deleteTable(b -> b.tableName(target));
    }
}
