package dev.dynamodesk.item.change;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import java.util.Collection;
import java.util.Set;

/** The three set types seen as sets of members, for union and difference. */
final class SetValues {
    private SetValues() {
    }

    static Set<?> members(DynamoValue set) {
        if (set instanceof StringSetValue strings) {
            return strings.members();
        }
        if (set instanceof NumberSetValue numbers) {
            return numbers.members();
        }
        return ((BinarySetValue) set).members();
    }

    @SuppressWarnings("unchecked")
    static DynamoValue of(AttributeType type, Collection<Object> members) {
        return switch (type) {
            case SS -> StringSetValue.of((Collection<String>) (Collection<?>) members);
            case NS -> NumberSetValue.of((Collection<NumberValue>) (Collection<?>) members);
            case BS -> BinarySetValue.of((Collection<BinaryValue>) (Collection<?>) members);
            default -> throw new IllegalArgumentException(type + " is not a set type");
        };
    }
}
