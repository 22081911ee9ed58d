package dev.dynamodesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ion export lines read against what AWS's documentation says an Ion export holds (its own
 * example item, and its type table), the expected items written here by hand in DynamoDB JSON.
 */
class IonLinesReaderTest {
    private static List<ImportLine> read(String text) throws Exception {
        List<ImportLine> lines = new ArrayList<>();
        try (ItemSource reader = IonLinesReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }

    private static Item item(String json) throws Exception {
        return DynamoJson.parseItem(json);
    }

    @Test
    void theDocumentedExampleReadsAsTheDocumentedItem() throws Exception {
        // The item of AWS's "DynamoDB table export output format" page, on one line as exported.
        String line = "$ion_1_0 {Item:{Authors:$dynamodb_SS::[\"Author1\",\"Author2\"],Dimensions:\"8.5 x 11.0 x 1.5\","
                + "ISBN:\"333-3333333333\",Id:103.,InPublication:false,PageCount:6d2,Price:2d3,ProductCategory:\"Book\","
                + "Title:\"Book 103 Title\"}}";
        List<ImportLine> lines = read(line + "\n");
        assertThat(lines).singleElement().satisfies(read -> {
            assertThat(read.problem()).isNull();
            assertThat(read.item()).isEqualTo(item("{\"Authors\":{\"SS\":[\"Author1\",\"Author2\"]},\"Dimensions\":{\"S\":\"8.5 x 11.0 x 1.5\"},"
                    + "\"ISBN\":{\"S\":\"333-3333333333\"},\"Id\":{\"N\":\"103\"},\"InPublication\":{\"BOOL\":false},"
                    + "\"PageCount\":{\"N\":\"600\"},\"Price\":{\"N\":\"2000\"},\"ProductCategory\":{\"S\":\"Book\"},"
                    + "\"Title\":{\"S\":\"Book 103 Title\"}}"));
            // What goes to the failed file if the server refuses it: DynamoDB JSON, which imports again.
            assertThat(read.text()).startsWith("{\"Item\":{");
        });
    }

    @Test
    void everyTypeKeepsItsValueNumbersExactly() throws Exception {
        String line = "$ion_1_0 {Item:{'first-name':\"Zoë\\n2\",n:0.10000000000000000000000000000000000001,big:1d125,neg:-7.50,"
                + "whole:42,b:{{AAEC/w==}},nul:null,typedNull:null.string,on:true,"
                + "ns:$dynamodb_NS::[1.5,2.,3d1],bs:$dynamodb_BS::[{{AQ==}},{{Ag==}}],"
                + "l:[\"x\",1.0,[true],{k:\"v\"}],m:{inner:{deep:$dynamodb_SS::[\"a\"]}}}}";
        ImportLine read = read(line).get(0);
        assertThat(read.problem()).isNull();
        assertThat(read.item()).isEqualTo(item("{\"first-name\":{\"S\":\"Zoë\\n2\"},"
                + "\"n\":{\"N\":\"0.10000000000000000000000000000000000001\"},\"big\":{\"N\":\"1E+125\"},\"neg\":{\"N\":\"-7.50\"},"
                + "\"whole\":{\"N\":\"42\"},\"b\":{\"B\":\"AAEC/w==\"},\"nul\":{\"NULL\":true},\"typedNull\":{\"NULL\":true},"
                + "\"on\":{\"BOOL\":true},\"ns\":{\"NS\":[\"1.5\",\"2\",\"30\"]},\"bs\":{\"BS\":[\"AQ==\",\"Ag==\"]},"
                + "\"l\":{\"L\":[{\"S\":\"x\"},{\"N\":\"1.0\"},{\"L\":[{\"BOOL\":true}]},{\"M\":{\"k\":{\"S\":\"v\"}}}]},"
                + "\"m\":{\"M\":{\"inner\":{\"M\":{\"deep\":{\"SS\":[\"a\"]}}}}}}"));
        assertThat(read.item().get("neg").toString()).contains("-7.50"); // the text as exported, not a rounded double
    }

    @Test
    void whatDynamoDbHasNoTypeForFailsItsLineAloneAndSaysWhy() throws Exception {
        List<ImportLine> lines = read(String.join("\n",
                "$ion_1_0 {Item:{pk:\"ok-1\"}}",
                "$ion_1_0 {Item:{pk:\"float\",price:2e1}}",
                "$ion_1_0 {Item:{pk:\"dup\",tags:$dynamodb_SS::[\"a\",\"a\"]}}",
                "$ion_1_0 {Item:{pk:\"mixed\",tags:$dynamodb_NS::[1.,\"two\"]}}",
                "$ion_1_0 {Item:{pk:\"when\",at:2026-11-30T06:00:00Z}}",
                "$ion_1_0 {Item:{pk:\"broken\"",
                "",
                "$ion_1_0 {Item:{pk:\"ok-2\"}}"));
        assertThat(lines).extracting(ImportLine::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 8L);
        assertThat(lines.get(0).problem()).isNull();
        assertThat(lines.get(1).problem()).contains("an Ion float (price) has no DynamoDB type").contains("inexact");
        assertThat(lines.get(2).problem()).startsWith("Not a DynamoDB item in Ion: ").contains("a");
        assertThat(lines.get(3).problem()).contains("a $dynamodb_NS holds a S member");
        assertThat(lines.get(4).problem()).contains("an Ion timestamp (at) has no DynamoDB type");
        assertThat(lines.get(5).problem()).startsWith("Not a DynamoDB item in Ion: ");
        assertThat(lines.get(5).text()).isEqualTo("$ion_1_0 {Item:{pk:\"broken\""); // a line that cannot be read is kept as it was
        assertThat(lines.get(6).item()).isEqualTo(item("{\"pk\":{\"S\":\"ok-2\"}}"));
    }
}
