package dev.dynamodesk.ui.editor;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import java.util.List;
import java.util.Map;

/** The value a new attribute or element of a type starts with (a set starts with one member: it cannot be empty). */
final class DefaultValues {
    private DefaultValues() {
    }

    static DynamoValue of(AttributeType type) {
        return switch (type) {
            case S -> new StringValue("");
            case N -> NumberValue.of(0);
            case B -> new BinaryValue(new byte[0]);
            case BOOL -> BoolValue.FALSE;
            case NULL -> NullValue.INSTANCE;
            case M -> new MapValue(Map.of());
            case L -> new ListValue(List.of());
            case SS -> StringSetValue.of(List.of("member"));
            case NS -> NumberSetValue.of(List.of(NumberValue.of(0)));
            case BS -> BinarySetValue.of(List.of(new BinaryValue(new byte[] {0})));
        };
    }
}
