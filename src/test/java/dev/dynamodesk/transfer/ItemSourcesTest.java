package dev.dynamodesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemSourcesTest {
    @TempDir
    Path folder;

    private static Item item(String json) {
        try {
            return DynamoJson.parseItem(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ImportLine> readAll(String fileName, String content, CsvMapping mapping) throws Exception {
        Path file = folder.resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        List<ImportLine> lines = new ArrayList<>();
        try (ItemSource source = ItemSources.open(file, ItemSources.formatOf(file), mapping)) {
            source.forEachRemaining(lines::add);
        }
        return lines;
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstRecordInAnyFormat() throws Exception {
        String bom = "\uFEFF";
        Item expected = item("{\"pk\": {\"S\": \"a\"}, \"n\": {\"N\": \"1\"}}");
        assertThat(readAll("bom.jsonl", bom + "{\"Item\": {\"pk\": {\"S\": \"a\"}, \"n\": {\"N\": \"1\"}}}\n", null))
                .singleElement().satisfies(line -> assertThat(line.item()).as(line.problem()).isEqualTo(expected));
        assertThat(readAll("bom.ndjson", bom + "{\"pk\": \"a\", \"n\": 1}\n", null))
                .singleElement().satisfies(line -> assertThat(line.item()).as(line.problem()).isEqualTo(expected));
        assertThat(readAll("bom.json", bom + "[{\"pk\": \"a\", \"n\": 1}]", null))
                .singleElement().satisfies(line -> assertThat(line.item()).as(line.problem()).isEqualTo(expected));
        assertThat(readAll("bom.csv", bom + "pk,n (N)\na,1\n", null))
                .singleElement().satisfies(line -> assertThat(line.item()).as(line.problem()).isEqualTo(expected));
    }

    @Test
    void elementsOfAOneLineJsonArrayAreNamedByTheirPosition() throws Exception {
        List<ImportLine> lines = readAll("one-line.json", "[{\"pk\": \"a\"}, 7, {\"pk\": \"c\"}]", null);
        assertThat(lines).extracting(ImportLine::where).containsExactly("element 1 (line 1)", "element 2 (line 1)",
                "element 3 (line 1)");
        assertThat(lines.get(1).problem()).startsWith("Not a JSON object");
    }

    @Test
    void aFolderIsNotAFileToImport() {
        assertThatThrownBy(() -> ItemSources.open(folder, ExportFormat.CSV, null)).hasMessageEndingWith("is a folder: choose a file to import, or a DynamoDB export's folder");
    }

    @Test
    void csvRecordsKeepQuotedCommasQuotesAndLineBreaksWithTheirStartingLine() throws Exception {
        String text = "\uFEFFid,\"odd, \"\"header\"\"\",note\r\n1,\"a,b\",\"two\nlines\"\r\n2,\"say \"\"hi\"\"\",\n3,x,y";
        CsvRecords records = new CsvRecords(new StringReader(text));
        assertThat(records.next().cells()).containsExactly("id", "odd, \"header\"", "note");
        CsvRecords.CsvRecord first = records.next();
        assertThat(first.cells()).containsExactly("1", "a,b", "two\nlines");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.text()).isEqualTo("1,\"a,b\",\"two\nlines\"");
        CsvRecords.CsvRecord second = records.next();
        assertThat(second.cells()).containsExactly("2", "say \"hi\"", "");
        assertThat(second.line()).isEqualTo(4);
        assertThat(records.next().cells()).containsExactly("3", "x", "y");
        assertThat(records.next()).isNull();
    }

    @Test
    void typedCsvExportReadsBackAsTheSameItems() throws Exception {
        Item original = item("""
                {"pk": {"S": "user,1 \\"q\\"\\nnext"}, "total": {"N": "12345678901234567890123456789012345678"},
                 "tags": {"SS": ["a", "b,c"]}, "nums": {"NS": ["1", "2.5"]}, "blob": {"B": "AP8="},
                 "ok": {"BOOL": false}, "lines": {"L": [{"M": {"sku": {"N": "7"}}}]}, "meta": {"M": {"a": {"S": "x"}}}}
                """);
        List<CsvColumn> columns = List.of(new CsvColumn("pk", AttributeType.S), new CsvColumn("total", AttributeType.N),
                new CsvColumn("tags", AttributeType.SS), new CsvColumn("nums", AttributeType.NS),
                new CsvColumn("blob", AttributeType.B), new CsvColumn("ok", AttributeType.BOOL),
                new CsvColumn("lines", AttributeType.L), new CsvColumn("meta", AttributeType.M));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ItemWriter writer = ItemWriters.open(ExportFormat.CSV, out, columns, true)) {
            writer.write(original);
        }
        List<ImportLine> lines = readAll("items.csv", out.toString(StandardCharsets.UTF_8), null);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).problem()).isNull();
        assertThat(lines.get(0).item()).isEqualTo(original);
    }

    @Test
    void untypedColumnsAreGuessedOnlyWhenEveryCellFits() {
        CsvMapping mapping = CsvMapping.guess(List.of("id", "zip", "price", "active", "tags (SS)", "meta", "note"),
                List.of(List.of("1", "02134", "9.99", "true", "[\"a\"]", "{\"a\":1}", "x"),
                        List.of("2", "10001", "", "false", "[\"b\"]", "{}", "12")));
        assertThat(mapping.columns()).extracting(CsvMapping.Column::type).containsExactly(AttributeType.N,
                AttributeType.S, AttributeType.N, AttributeType.BOOL, AttributeType.SS, AttributeType.M, AttributeType.S);
        assertThat(mapping.columns().get(4).attribute()).isEqualTo("tags");
    }

    @Test
    void badCellsFailTheirRowWithTheColumnAndTheRestGoOn() throws Exception {
        String text = "id (N),price (N),tags (SS)\n1,2,\"[\"\"a\"\"]\"\nx,2,\n3,4,\"[\"\"a\"\",\"\"a\"\"]\"\n4,5,,extra\n5,,\n";
        List<ImportLine> lines = readAll("bad.csv", text, null);
        assertThat(lines).extracting(ImportLine::number).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(lines.get(0).item()).isEqualTo(item("{\"id\": {\"N\": \"1\"}, \"price\": {\"N\": \"2\"}, \"tags\": {\"SS\": [\"a\"]}}"));
        assertThat(lines.get(1).problem()).startsWith("Column id (N):");
        assertThat(lines.get(2).problem()).contains("tags (SS)").contains("distinct strings");
        assertThat(lines.get(3).problem()).isEqualTo("Row has 4 cells but the header has 3 columns");
        assertThat(lines.get(4).item()).isEqualTo(item("{\"id\": {\"N\": \"5\"}}"));
    }

    @Test
    void aMappingRenamesSkipsAndRefusesTwoColumnsForOneAttribute() throws Exception {
        CsvMapping mapping = CsvMapping.fromHeader(List.of("User Id", "secret", "age"))
                .with(0, "userId", AttributeType.S).with(1, "secret", null).with(2, "age", AttributeType.N);
        List<ImportLine> lines = readAll("people.csv", "User Id,secret,age\nu1,hunter2,42\n", mapping);
        assertThat(lines.get(0).item()).isEqualTo(item("{\"userId\": {\"S\": \"u1\"}, \"age\": {\"N\": \"42\"}}"));
        assertThat(mapping.with(2, "userId", AttributeType.N).problem()).isEqualTo("Columns \"User Id\" and \"age\" both fill userId");
    }

    @Test
    void jsonArrayElementsKeepExactNumbersAndFailAlone() throws Exception {
        String text = "[\n {\"id\": 12345678901234567890123456789012345678, \"f\": 0.1000000000000000000000000000000000001},\n 42,\n {\"id\": 2, \"nested\": {\"a\": [1, \"x\"]}}\n]";
        List<ImportLine> lines = readAll("items.json", text, null);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).item()).isEqualTo(item(
                "{\"id\": {\"N\": \"12345678901234567890123456789012345678\"}, \"f\": {\"N\": \"0.1000000000000000000000000000000000001\"}}"));
        assertThat(lines.get(1).number()).isEqualTo(3);
        assertThat(lines.get(1).problem()).startsWith("Not a JSON object");
        assertThat(lines.get(2).item().get("nested").type()).isEqualTo(AttributeType.M);
    }

    @Test
    void brokenJsonArrayEndsWithOneFailureAtItsLine() throws Exception {
        List<ImportLine> lines = readAll("broken.json", "[{\"id\": 1},\n{\"id\": ]", null);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).ok()).isTrue();
        assertThat(lines.get(1).number()).isEqualTo(2);
        assertThat(lines.get(1).problem()).startsWith("Broken JSON");
    }

    @Test
    void plainJsonLinesAndTheFormatByExtension() throws Exception {
        List<ImportLine> lines = readAll("items.ndjson", "{\"id\": 1.50}\n\nnot json\n", null);
        assertThat(lines.get(0).item()).isEqualTo(item("{\"id\": {\"N\": \"1.50\"}}"));
        assertThat(lines.get(1).number()).isEqualTo(3);
        assertThat(lines.get(1).problem()).startsWith("Not a JSON object");
        assertThat(ItemSources.formatOf(Path.of("a.jsonl"))).isEqualTo(ExportFormat.DYNAMODB_JSON_LINES);
        assertThat(ItemSources.formatOf(Path.of("A.CSV"))).isEqualTo(ExportFormat.CSV);
    }

    @Test
    void aCsvWithoutHeaderIsRefused() {
        assertThatThrownBy(() -> ItemSources.previewCsv(Files.writeString(folder.resolve("e.csv"), ""), 5))
                .hasMessageContaining("needs a header row");
    }

    @Test
    void csvColumnsPutKeysFirstThenTheCommonestAndTypeOnlyWhatTheSampleAgreesOn() {
        List<Item> sample = List.of(item("{\"id\": {\"S\": \"a\"}, \"n\": {\"N\": \"1\"}, \"mixed\": {\"S\": \"x\"}}"),
                item("{\"id\": {\"S\": \"b\"}, \"n\": {\"N\": \"2\"}, \"mixed\": {\"N\": \"3\"}, \"rare\": {\"BOOL\": true}}"));
        assertThat(CsvColumns.fromSample(sample, List.of(new CsvColumn("id", null)))).containsExactly(
                new CsvColumn("id", AttributeType.S), new CsvColumn("mixed", null), new CsvColumn("n", AttributeType.N),
                new CsvColumn("rare", AttributeType.BOOL));
    }
}
