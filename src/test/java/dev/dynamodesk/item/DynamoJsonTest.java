package dev.dynamodesk.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DynamoJsonTest {
    static Item everyType() {
        Map<String, DynamoValue> nested = new LinkedHashMap<>();
        nested.put("inner", new ListValue(List.of(NullValue.INSTANCE, BoolValue.TRUE, new StringValue(""))));
        return Item.builder()
                .s("id", "a")
                .s("empty", "")
                .n("big", "12345678901234567890123456789012345678")
                .n("tiny", "-1E-130")
                .put("bytes", new BinaryValue(new byte[] {0, (byte) 0xFF, (byte) 0xC3, 0x28}))
                .bool("flag", false)
                .put("nothing", NullValue.INSTANCE)
                .put("map", new MapValue(nested))
                .put("list", new ListValue(List.of(NumberValue.of(1), new StringValue("x"))))
                .put("ss", StringSetValue.of(List.of("b", "a", "")))
                .put("ns", NumberSetValue.of(List.of(new NumberValue("1.50"), new NumberValue("-3"))))
                .put("bs", BinarySetValue.of(List.of(new BinaryValue(new byte[] {0}), new BinaryValue(new byte[] {1, 2}))))
                .build();
    }

    @Test
    void roundTripsEveryTypeExactly() throws Exception {
        Item item = everyType();
        for (boolean pretty : new boolean[] {false, true}) {
            String text = DynamoJson.write(item, pretty);
            Item back = DynamoJson.parseItem(text);
            assertThat(back).isEqualTo(item);
            assertThat(DynamoJson.write(back, pretty)).isEqualTo(text);
        }
    }

    @Test
    void keepsNumberTextAndAttributeOrder() throws Exception {
        Item item = DynamoJson.parseItem("{\"z\": {\"N\": \"1.500\"}, \"a\": {\"N\": \"1E+3\"}}");
        assertThat(item.attributes().keySet()).containsExactly("z", "a");
        assertThat(((NumberValue) item.get("z")).text()).isEqualTo("1.500");
        assertThat(DynamoJson.write(item, false)).isEqualTo("{\"z\":{\"N\":\"1.500\"},\"a\":{\"N\":\"1E+3\"}}");
    }

    @Test
    void writesSetsAsSetsAndBinaryAsBase64() {
        String text = DynamoJson.write(Item.builder()
                .put("ss", StringSetValue.of(List.of("x")))
                .put("b", new BinaryValue(new byte[] {(byte) 0xFF}))
                .build(), false);
        assertThat(text).isEqualTo("{\"ss\":{\"SS\":[\"x\"]},\"b\":{\"B\":\"/w==\"}}");
    }

    @Test
    void pointsAtTheLineAndColumnOfAProblem() {
        String text = "{\n  \"id\": {\"S\": \"a\"},\n  \"n\": {\"N\": \"12abc\"}\n}";
        assertThatThrownBy(() -> DynamoJson.parseItem(text))
                .isInstanceOfSatisfying(DynamoJsonException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(14);
                    assertThat(e.getMessage()).contains("not a number");
                });
    }

    @Test
    void explainsCommonMistakes() {
        assertProblem("{\"n\": {\"N\": 5}}", "Numbers are written as strings");
        assertProblem("{\"x\": {\"STRING\": \"a\"}}", "Unknown type \"STRING\"");
        assertProblem("{\"x\": {\"S\": \"a\", \"N\": \"1\"}}", "exactly one type");
        assertProblem("{\"x\": {\"SS\": [\"a\", \"a\"]}}", "repeated");
        assertProblem("{\"x\": {\"NS\": [\"1.0\", \"1\"]}}", "repeated");
        assertProblem("{\"x\": {\"SS\": []}}", "cannot be empty");
        assertProblem("{\"x\": {\"B\": \"not base64!\"}}", "base64");
        assertProblem("{\"x\": {\"NULL\": false}}", "NULL takes the value true");
        assertProblem("{\"x\": {\"S\": \"a\"}, \"x\": {\"S\": \"b\"}}", "appears twice");
        assertProblem("{\"x\": \"plain\"}", "Expected a typed value");
        assertProblem("{\"x\": {\"S\": \"a\"}", "Invalid JSON");
        assertProblem("", "empty");
        assertProblem("{\"x\": {\"S\": \"a\"}} {}", "after the end");
    }

    private static void assertProblem(String text, String expected) {
        assertThatThrownBy(() -> DynamoJson.parseItem(text))
                .isInstanceOf(DynamoJsonException.class)
                .hasMessageContaining(expected);
    }
}
