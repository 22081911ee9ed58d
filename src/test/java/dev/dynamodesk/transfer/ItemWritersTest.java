package dev.dynamodesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemWritersTest {
    private static final Item ORDER = item("""
            {"pk": {"S": "user#1"}, "total": {"N": "12345678901234567890123456789012345678"},
             "tiny": {"N": "1E-130"}, "tags": {"SS": ["a", "b,c"]}, "blob": {"B": "AP8="}, "note": {"S": ""},
             "lines": {"L": [{"M": {"sku": {"S": "X \\"1\\""}}}]}, "gone": {"NULL": true}}
            """);

    private static Item item(String json) {
        try {
            return DynamoJson.parseItem(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String export(ExportFormat format, List<CsvColumn> columns, boolean typed, Item... items) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ItemWriter writer = ItemWriters.open(format, out, columns, typed)) {
            for (Item item : items) {
                writer.write(item);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dynamoJsonLinesAreDynamoDbsExportFormat() throws Exception {
        String text = export(ExportFormat.DYNAMODB_JSON_LINES, List.of(), false, ORDER, ORDER);
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"Item\":{").contains("\"N\":\"12345678901234567890123456789012345678\"");
        assertThat(JsonLinesReader.parseDynamoJson(1, lines[0]).item()).isEqualTo(ORDER);
    }

    @Test
    void plainJsonArrayAndLinesKeepNumbersExact() throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        JsonNode array = mapper.readTree(export(ExportFormat.JSON_ARRAY, List.of(), false, ORDER, ORDER));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(0).get("total").bigIntegerValue().toString()).isEqualTo("12345678901234567890123456789012345678");
        assertThat(array.get(0).get("tiny").decimalValue()).isEqualByComparingTo("1E-130");
        assertThat(array.get(0).get("note").asText()).isEmpty();
        assertThat(mapper.readTree(export(ExportFormat.JSON_ARRAY, List.of(), false)).isArray()).isTrue();
        String lines = export(ExportFormat.JSON_LINES, List.of(), false, ORDER, ORDER);
        assertThat(lines.split("\n")).hasSize(2).allSatisfy(line -> assertThat(mapper.readTree(line).get("pk").asText()).isEqualTo("user#1"));
    }

    @Test
    void csvHasTheChosenColumnsWithTypesWhenAskedAndQuotesWhatNeedsIt() throws Exception {
        List<CsvColumn> columns = List.of(new CsvColumn("pk", AttributeType.S), new CsvColumn("total", AttributeType.N),
                new CsvColumn("tags", AttributeType.SS), new CsvColumn("lines", AttributeType.L), new CsvColumn("missing", null));
        String csv = export(ExportFormat.CSV, columns, true, ORDER);
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("pk (S),total (N),tags (SS),lines (L),missing");
        assertThat(rows[1]).isEqualTo("user#1,12345678901234567890123456789012345678,\"[\"\"a\"\",\"\"b,c\"\"]\","
                + "\"[{\"\"sku\"\":\"\"X \\\"\"1\\\"\"\"\"}]\",");
        assertThat(export(ExportFormat.CSV, columns, false, ORDER)).startsWith("pk,total,tags,lines,missing\r\n");
        assertThatThrownBy(() -> export(ExportFormat.CSV, List.of(), false, ORDER)).hasMessageContaining("at least one column");
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheRestIsRead() throws Exception {
        String text = "{\"Item\": {\"pk\": {\"S\": \"a\"}}}\n\nnot json\n{\"pk\": {\"S\": \"bare\"}}\n{\"pk\": {\"N\": \"x\"}}\n";
        List<ImportLine> lines = new ArrayList<>();
        try (JsonLinesReader reader = JsonLinesReader.dynamoJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            reader.forEachRemaining(lines::add);
        }
        assertThat(lines).extracting(ImportLine::number).containsExactly(1L, 3L, 4L, 5L);
        assertThat(lines).extracting(ImportLine::ok).containsExactly(true, false, true, false);
        assertThat(lines.get(2).item()).isEqualTo(item("{\"pk\": {\"S\": \"bare\"}}"));
        assertThat(lines.get(3).problem()).isNotBlank();
    }
}
