package dev.dynamodesk.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainJsonAndOrderTest {
    @Test
    void writesPlainJsonWithExactNumbers() {
        String json = PlainJson.write(DynamoJsonTest.everyType(), false);
        assertThat(json).contains("\"big\":12345678901234567890123456789012345678")
                .contains("\"tiny\":-1E-130")
                .contains("\"ss\":[\"b\",\"a\",\"\"]")
                .contains("\"ns\":[1.50,-3]")
                .contains("\"nothing\":null")
                .contains("\"bytes\":\"AP/DKA==\"");
    }

    @Test
    void writesOnlyValidJsonNumbers() {
        assertThat(new NumberValue("+1").jsonText()).isEqualTo("1");
        assertThat(new NumberValue(".5").jsonText()).isEqualTo("0.5");
        assertThat(new NumberValue("5.").jsonText()).isEqualTo("5");
        assertThat(new NumberValue("007").jsonText()).isEqualTo("7");
        assertThat(new NumberValue("1.50").jsonText()).isEqualTo("1.50");
        assertThat(new NumberValue("-0.1e-5").jsonText()).isEqualTo("-0.1e-5");
    }

    @Test
    void ordersNumbersByValueStringsByBytesAndMissingLast() {
        List<DynamoValue> values = new ArrayList<>(List.of(new NumberValue("10"), new NumberValue("9.5"),
                new NumberValue("-1E+3"), new StringValue("b"), new StringValue("B"), new StringValue("é"),
                BoolValue.TRUE, BoolValue.FALSE, NullValue.INSTANCE));
        values.add(null);
        values.sort(ValueOrder.INSTANCE);
        assertThat(values).containsExactly(new NumberValue("-1E+3"), new NumberValue("9.5"), new NumberValue("10"),
                new StringValue("B"), new StringValue("b"), new StringValue("é"),
                BoolValue.FALSE, BoolValue.TRUE, NullValue.INSTANCE, null);
    }
}
