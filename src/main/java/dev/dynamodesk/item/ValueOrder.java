package dev.dynamodesk.item;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Orders values for sorting a grid column: numbers by value (never as text, never as double),
 * strings and binary by their bytes as DynamoDB orders keys, false before true; values of
 * different types group by type. A missing value sorts last.
 */
public final class ValueOrder implements Comparator<DynamoValue> {
    public static final ValueOrder INSTANCE = new ValueOrder();

    private ValueOrder() {
    }

    @Override
    public int compare(DynamoValue a, DynamoValue b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a.type() != b.type()) {
            return Integer.compare(rank(a.type()), rank(b.type()));
        }
        if (a instanceof NumberValue x && b instanceof NumberValue y) {
            return x.toBigDecimal().compareTo(y.toBigDecimal());
        }
        if (a instanceof StringValue x && b instanceof StringValue y) {
            return Arrays.compareUnsigned(x.value().getBytes(StandardCharsets.UTF_8), y.value().getBytes(StandardCharsets.UTF_8));
        }
        if (a instanceof BinaryValue x && b instanceof BinaryValue y) {
            return Arrays.compareUnsigned(x.bytes(), y.bytes());
        }
        if (a instanceof BoolValue x && b instanceof BoolValue y) {
            return Boolean.compare(x.value(), y.value());
        }
        return ValueSummary.of(a, 200).compareTo(ValueSummary.of(b, 200));
    }

    private static int rank(AttributeType type) {
        return switch (type) {
            case N -> 0;
            case S -> 1;
            case B -> 2;
            case BOOL -> 3;
            case NULL -> 4;
            default -> 5 + type.ordinal();
        };
    }
}
