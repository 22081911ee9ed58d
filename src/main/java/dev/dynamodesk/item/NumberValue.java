package dev.dynamodesk.item;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An N value, kept as the exact decimal text it was given. Two numbers are equal when their
 * values are equal ("1.50" equals "1.5"), which is how DynamoDB compares keys and set members.
 */
public record NumberValue(String text) implements DynamoValue {
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    public NumberValue {
        DynamoNumbers.problem(text).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    public static NumberValue of(String text) {
        return new NumberValue(text);
    }

    public static NumberValue of(long value) {
        return new NumberValue(Long.toString(value));
    }

    /**
     * The number as a valid JSON number: the same text when it already is one, else the same value
     * written canonically ("+1" becomes "1", ".5" becomes "0.5", "007" becomes "7").
     */
    public String jsonText() {
        return JSON_NUMBER.matcher(text).matches() ? text : toBigDecimal().toString();
    }

    public BigDecimal toBigDecimal() {
        return new BigDecimal(text);
    }

    @Override
    public AttributeType type() {
        return AttributeType.N;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumberValue that && toBigDecimal().compareTo(that.toBigDecimal()) == 0;
    }

    @Override
    public int hashCode() {
        return toBigDecimal().stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
