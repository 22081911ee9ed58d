package dev.dynamodesk.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueTextTest {
    @Test
    void readsEachScalarType() {
        assertThat(ValueText.parse(" as typed ", AttributeType.S)).isEqualTo(new StringValue(" as typed "));
        assertThat(ValueText.parse(" 12345678901234567890123456789012345678 ", AttributeType.N))
                .isEqualTo(new NumberValue("12345678901234567890123456789012345678"));
        assertThat(ValueText.parse("AP8=", AttributeType.B)).isEqualTo(new BinaryValue(new byte[] {0, (byte) 0xFF}));
        assertThat(ValueText.parse("TRUE", AttributeType.BOOL)).isEqualTo(BoolValue.TRUE);
        assertThat(ValueText.parse("", AttributeType.NULL)).isEqualTo(NullValue.INSTANCE);
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> ValueText.parse("abc", AttributeType.N)).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> ValueText.parse("no!", AttributeType.B)).hasMessageContaining("not base64");
        assertThatThrownBy(() -> ValueText.parse("yes", AttributeType.BOOL)).hasMessageContaining("true or false");
    }

    @Test
    void readsListsWithQuotedValues() {
        assertThat(ValueText.parseList("a, b ,\"c, d\",\"say \"\"hi\"\"\"", AttributeType.S))
                .containsExactly(new StringValue("a"), new StringValue("b"), new StringValue("c, d"), new StringValue("say \"hi\""));
        assertThat(ValueText.parseList("1, 2.5", AttributeType.N)).containsExactly(new NumberValue("1"), new NumberValue("2.5"));
        assertThat(ValueText.parseList("", AttributeType.S)).isEmpty();
        assertThatThrownBy(() -> ValueText.parseList("\"open", AttributeType.S)).hasMessageContaining("not closed");
    }
}
