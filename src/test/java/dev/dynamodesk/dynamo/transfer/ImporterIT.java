package dev.dynamodesk.dynamo.transfer;

import dev.dynamodesk.transfer.JsonLinesReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.LocalDynamo;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Imports into DynamoDB Local: good lines written, each bad line reported with its number, failed lines kept. */
class ImporterIT {
    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();

    private TableInfo table() {
        local.createTable("Imported", "pk", "sk");
        return new DynamoServices(local.client()).tables().describe("Imported");
    }

    private static JsonLinesReader lines(String text) {
        return JsonLinesReader.dynamoJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String line(String pk, String sk, String extra) {
        return "{\"Item\": {\"pk\": {\"S\": \"" + pk + "\"}, \"sk\": {\"S\": \"" + sk + "\"}" + extra + "}}";
    }

    @Test
    void goodLinesAreWrittenAndEachBadOneIsReportedWithItsLine() throws Exception {
        TableInfo table = table();
        String big = "x".repeat(410 * 1024);
        List<String> text = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            text.add(line("p" + (i % 7), "s" + i, ", \"n\": {\"N\": \"12345678901234567890123456789012345678\"}, \"b\": {\"B\": \"AP8=\"}"));
        }
        text.add(5, "this is not json");                                         // line 6
        text.add(10, "{\"Item\": {\"sk\": {\"S\": \"no partition key\"}}}");       // line 11
        text.add(20, "{\"Item\": {\"pk\": {\"N\": \"1\"}, \"sk\": {\"S\": \"a\"}}}"); // line 21: wrong key type
        text.add(30, line("big", "big", ", \"blob\": {\"S\": \"" + big + "\"}"));  // line 31: over 400 KB
        text.add(40, line("dup", "dup", ""));                                      // lines 41 and 42: same key twice
        text.add(41, line("dup", "dup", ", \"second\": {\"BOOL\": true}"));
        StringWriter failed = new StringWriter();
        List<Long> progress = new ArrayList<>();

        Importer.Report report = new Importer(local.client(), WriteGuard.allowingWrites())
                .run(lines(String.join("\n", text)), table, new Importer.Options(false, 3), failed, () -> false, progress::add);

        assertThat(report.written()).isEqualTo(302);
        assertThat(report.failed()).isEqualTo(4);
        assertThat(report.failures()).extracting(Importer.Failure::line).containsExactly(6L, 11L, 21L, 31L);
        assertThat(report.failures().get(1).reason()).contains("partition key pk is missing");
        assertThat(report.failures().get(2).reason()).contains("pk");
        assertThat(report.failures().get(3).reason()).contains("400 KB");
        assertThat(failed.toString().split("\n")).hasSize(4).contains("this is not json");
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(local.client().scan(b -> b.tableName("Imported")).count()).isEqualTo(301); // the duplicate key once
        Item stored = AttributeValues.toItem(local.client().getItem(b -> b.tableName("Imported")
                .key(Map.of("pk", AttributeValue.fromS("p0"), "sk", AttributeValue.fromS("s0")))).item());
        assertThat(stored.get("n").toString()).contains("12345678901234567890123456789012345678");
    }

    @Test
    void stopOnFirstErrorStopsThere() {
        TableInfo table = table();
        String text = line("a", "1", "") + "\nbroken\n" + line("a", "2", "");
        Importer.Report report = new Importer(local.client(), WriteGuard.allowingWrites())
                .run(lines(text), table, new Importer.Options(true, 1), null, () -> false, done -> { });
        assertThat(report.stoppedAtError()).isTrue();
        assertThat(report.failures()).extracting(Importer.Failure::line).containsExactly(2L);
        assertThat(report.written()).isEqualTo(1); // what came before the bad line is written
        assertThat(local.client().scan(b -> b.tableName("Imported")).count()).isEqualTo(1);
    }

    @Test
    void aReadOnlyConnectionRefusesBeforeAnyRequest() {
        TableInfo table = table();
        assertThatThrownBy(() -> new Importer(local.client(), new WriteGuard(true, "Prod"))
                .run(lines(line("a", "1", "")), table, new Importer.Options(false, 1), null, () -> false, done -> { }))
                .isInstanceOf(WriteGuard.ReadOnlyException.class);
        assertThat(local.client().scan(b -> b.tableName("Imported")).count()).isZero();
    }
}
