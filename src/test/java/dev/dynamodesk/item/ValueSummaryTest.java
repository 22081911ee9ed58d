package dev.dynamodesk.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueSummaryTest {
    @Test
    void showsScalarsPlainly() {
        assertThat(ValueSummary.of(new StringValue("hello"), 50)).isEqualTo("hello");
        assertThat(ValueSummary.of(new NumberValue("12345678901234567890123456789012345678"), 50))
                .isEqualTo("12345678901234567890123456789012345678");
        assertThat(ValueSummary.of(BoolValue.TRUE, 50)).isEqualTo("true");
        assertThat(ValueSummary.of(NullValue.INSTANCE, 50)).isEqualTo("null");
        assertThat(ValueSummary.of(new StringValue("two\nlines"), 50)).isEqualTo("two⏎lines");
    }

    @Test
    void marksSetsAndShowsBinaryAsBase64WithSize() {
        assertThat(ValueSummary.of(StringSetValue.of(List.of("a", "b")), 50)).isEqualTo("SS {\"a\", \"b\"}");
        assertThat(ValueSummary.of(NumberSetValue.of(List.of(NumberValue.of(1), NumberValue.of(2))), 50)).isEqualTo("NS {1, 2}");
        assertThat(ValueSummary.of(new BinaryValue(new byte[] {0, (byte) 0xFF}), 50)).isEqualTo("AP8= (2 bytes)");
    }

    @Test
    void summarisesNestedValuesInlineAndCutsLongOnes() {
        Map<String, DynamoValue> pet = new LinkedHashMap<>();
        pet.put("Name", new StringValue("Rex"));
        pet.put("Age", NumberValue.of(3));
        MapValue map = new MapValue(Map.of("Dog", new MapValue(pet)));
        assertThat(ValueSummary.of(map, 100)).isEqualTo("{Dog: {Name: \"Rex\", Age: 3}}");
        assertThat(ValueSummary.of(new ListValue(List.of(NumberValue.of(1), new StringValue("x"))), 100)).isEqualTo("[1, \"x\"]");
        String cut = ValueSummary.of(map, 12);
        assertThat(cut).hasSize(12).endsWith("…");
    }
}
