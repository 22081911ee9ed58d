package dev.dynamodesk.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DynamoNumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1", "-1", "1.5", "1E+3", "1e-5", "0.000",
            "12345678901234567890123456789012345678", "-12345678901234567890123456789012345678",
            "9.9999999999999999999999999999999999999E+125", "1E-130", "-1E-130",
            "1234567890123456789012345678901234567800000", "0.1000000000000000055511151231257827021"})
    void acceptsWhatDynamoDbAccepts(String text) {
        assertThat(DynamoNumbers.problem(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "abc", "NaN", "Infinity", "1,5", "0x10",
            "123456789012345678901234567890123456789", "1E+126", "1E-131", "-1E+126"})
    void refusesWhatDynamoDbRefuses(String text) {
        assertThat(DynamoNumbers.problem(text)).isPresent();
    }

    @Test
    void explainsTooManyDigits() {
        assertThat(DynamoNumbers.problem("123456789012345678901234567890123456789"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("38 significant digits").contains("39"));
    }

    @Test
    void numberValuesKeepTheirTextAndCompareByValue() {
        NumberValue a = new NumberValue("1.50");
        NumberValue b = new NumberValue("1.5");
        assertThat(a.text()).isEqualTo("1.50");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(new NumberValue("1E+2")).isEqualTo(new NumberValue("100"));
        assertThat(new NumberValue("0.1000000000000000055511151231257827021"))
                .isNotEqualTo(new NumberValue("0.1"));
        assertThatThrownBy(() -> new NumberValue("1.2.3")).isInstanceOf(IllegalArgumentException.class);
    }
}
