package dev.dynamodesk.item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts between our values and the SDK's {@link AttributeValue}, exactly: number text is
 * passed through untouched, binary bytes are copied once, and set types are preserved.
 */
public final class AttributeValues {
    private AttributeValues() {
    }

    public static Item toItem(Map<String, AttributeValue> attributes) {
        Map<String, DynamoValue> values = new LinkedHashMap<>();
        attributes.forEach((name, value) -> values.put(name, toValue(value)));
        return new Item(values);
    }

    public static Map<String, AttributeValue> fromItem(Item item) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        item.attributes().forEach((name, value) -> attributes.put(name, fromValue(value)));
        return attributes;
    }

    public static DynamoValue toValue(AttributeValue value) {
        return switch (value.type()) {
            case S -> new StringValue(value.s());
            case N -> new NumberValue(value.n());
            case B -> new BinaryValue(value.b().asByteArrayUnsafe());
            case BOOL -> BoolValue.of(value.bool());
            case NUL -> NullValue.INSTANCE;
            case M -> {
                Map<String, DynamoValue> entries = new LinkedHashMap<>();
                value.m().forEach((name, child) -> entries.put(name, toValue(child)));
                yield new MapValue(entries);
            }
            case L -> {
                List<DynamoValue> elements = new ArrayList<>(value.l().size());
                value.l().forEach(child -> elements.add(toValue(child)));
                yield new ListValue(elements);
            }
            case SS -> StringSetValue.of(value.ss());
            case NS -> NumberSetValue.of(value.ns().stream().map(NumberValue::new).toList());
            case BS -> BinarySetValue.of(value.bs().stream()
                    .map(bytes -> new BinaryValue(bytes.asByteArrayUnsafe())).toList());
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException(
                    "The server sent an attribute type this version does not know: " + value);
        };
    }

    public static AttributeValue fromValue(DynamoValue value) {
        if (value instanceof StringValue s) {
            return AttributeValue.fromS(s.value());
        } else if (value instanceof NumberValue n) {
            return AttributeValue.fromN(n.text());
        } else if (value instanceof BinaryValue b) {
            return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(b.bytes()));
        } else if (value instanceof BoolValue b) {
            return AttributeValue.fromBool(b.value());
        } else if (value instanceof NullValue) {
            return AttributeValue.fromNul(true);
        } else if (value instanceof MapValue m) {
            Map<String, AttributeValue> entries = new LinkedHashMap<>();
            m.entries().forEach((name, child) -> entries.put(name, fromValue(child)));
            return AttributeValue.fromM(entries);
        } else if (value instanceof ListValue l) {
            return AttributeValue.fromL(l.elements().stream().map(AttributeValues::fromValue).toList());
        } else if (value instanceof StringSetValue ss) {
            return AttributeValue.fromSs(List.copyOf(ss.members()));
        } else if (value instanceof NumberSetValue ns) {
            return AttributeValue.fromNs(ns.members().stream().map(NumberValue::text).toList());
        } else if (value instanceof BinarySetValue bs) {
            return AttributeValue.fromBs(bs.members().stream()
                    .map(b -> SdkBytes.fromByteArrayUnsafe(b.bytes())).toList());
        }
        throw new IllegalArgumentException("Unknown value " + value);
    }
}
