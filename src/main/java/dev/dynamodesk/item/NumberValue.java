package dev.dynamodesk.item;

import java.math.BigDecimal;

/**
 * An N value, kept as the exact decimal text it was given. Two numbers are equal when their
 * values are equal ("1.50" equals "1.5"), which is how DynamoDB compares keys and set members.
 */
public record NumberValue(String text) implements DynamoValue {
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
