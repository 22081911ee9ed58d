package dev.dynamodesk.dynamo.transfer;

import dev.dynamodesk.transfer.ItemWriter;
import dev.dynamodesk.transfer.ItemWriters;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ImportLine;
import dev.dynamodesk.transfer.JsonLinesReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.ItemReader;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.LocalDynamo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Exports from DynamoDB Local with parallel segments, read back exactly; cancelled midway. */
class ExporterIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();
    private static final int ITEMS = 3_000;
    private static final java.util.Map<String, Item> WRITTEN = new java.util.HashMap<>();

    @BeforeAll
    static void fill() throws Exception {
        LOCAL.createTable("Exported", "pk", null);
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            Item item = DynamoJson.parseItem("""
                    {"pk": {"S": "item-%1$05d"}, "n": {"N": "1234567890123456789012345678901234567%2$d"},
                     "b": {"B": "AP8A"}, "ss": {"SS": ["x", "y%1$d"]}, "empty": {"S": ""}, "m": {"M": {"deep": {"L": [{"NULL": true}]}}}}
                    """.formatted(i, i % 10));
            WRITTEN.put("item-%05d".formatted(i), item);
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(AttributeValues.fromItem(item)).build()).build());
            if (batch.size() == 25) {
                List<WriteRequest> requests = List.copyOf(batch);
                LOCAL.client().batchWriteItem(b -> b.requestItems(java.util.Map.of("Exported", requests)));
                batch.clear();
            }
        }
    }

    private static QueryPlan everything() throws Exception {
        DynamoServices services = new DynamoServices(LOCAL.client());
        return QueryPlan.of(ItemQuery.scanAll("Exported"), services.tables().describe("Exported"));
    }

    @Test
    void aParallelExportHoldsEveryItemExactlyOnce() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ExportProgress> reports = new ArrayList<>();
        ExportResult result;
        try (ItemWriter writer = ItemWriters.open(ExportFormat.DYNAMODB_JSON_LINES, out, List.of(), false)) {
            result = new Exporter(new ItemReader(LOCAL.client())).export(everything(), 4, writer, ITEMS, () -> false, reports::add);
        }
        assertThat(result.items()).isEqualTo(ITEMS);
        assertThat(result.bytes()).isEqualTo(out.size());
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1).items()).isEqualTo(ITEMS);

        List<Item> back = new ArrayList<>();
        try (JsonLinesReader reader = JsonLinesReader.dynamoJson(new ByteArrayInputStream(out.toByteArray()))) {
            reader.forEachRemaining(line -> back.add(line.item()));
        }
        assertThat(back).hasSize(ITEMS);
        assertThat(back.stream().map(item -> item.get("pk").toString())).doesNotHaveDuplicates();
        // Compared by value: DynamoDB Local gives numbers back in its own canonical spelling.
        for (Item item : back) {
            String key = ((dev.dynamodesk.item.StringValue) item.get("pk")).value();
            assertThat(item).as(key).isEqualTo(WRITTEN.get(key));
        }
    }

    @Test
    void cancellingStopsTheReadersAndSaysSo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean[] cancel = {false};
        try (ItemWriter writer = ItemWriters.open(ExportFormat.JSON_LINES, out, List.of(), false)) {
            assertThatThrownBy(() -> new Exporter(new ItemReader(LOCAL.client())).export(everything(), 2, writer, ITEMS,
                    () -> cancel[0], progress -> cancel[0] = true))
                    .isInstanceOf(CancellationException.class);
            assertThat(writer.itemsWritten()).isLessThan(ITEMS);
        }
        Thread.sleep(300);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("read-segment")
                && thread.isAlive() && thread.getState() == Thread.State.RUNNABLE);
    }

    @Test
    void progressKnowsTheTimeLeftWhenTheCountIsKnown() {
        ExportProgress half = new ExportProgress(500, 10_000, java.time.Duration.ofSeconds(5), 1_000);
        assertThat(half.itemsPerSecond()).isEqualTo(100.0);
        assertThat(half.timeLeft()).contains(java.time.Duration.ofSeconds(5));
        assertThat(new ExportProgress(500, 1, java.time.Duration.ofSeconds(5), 0).timeLeft()).isEmpty();
    }
}
