package dev.dynamodesk.item.edit;

import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An item's size as DynamoDB counts it against the 400 KB limit: names and strings by their UTF-8
 * bytes, binary by its bytes, a number by about one byte per two significant digits plus one,
 * booleans and NULL one byte, and three bytes of overhead for each map or list plus one per element.
 */
public final class ItemSize {
    public static final long LIMIT = 400 * 1024;

    private ItemSize() {
    }

    public static long of(Item item) {
        long size = 0;
        for (Map.Entry<String, DynamoValue> entry : item.attributes().entrySet()) {
            size += utf8(entry.getKey()) + of(entry.getValue());
        }
        return size;
    }

    public static long of(DynamoValue value) {
        if (value instanceof StringValue s) {
            return utf8(s.value());
        }
        if (value instanceof NumberValue n) {
            return number(n);
        }
        if (value instanceof BinaryValue b) {
            return b.length();
        }
        if (value instanceof MapValue m) {
            long size = 3;
            for (Map.Entry<String, DynamoValue> entry : m.entries().entrySet()) {
                size += utf8(entry.getKey()) + of(entry.getValue()) + 1;
            }
            return size;
        }
        if (value instanceof ListValue l) {
            long size = 3;
            for (DynamoValue element : l.elements()) {
                size += of(element) + 1;
            }
            return size;
        }
        if (value instanceof StringSetValue ss) {
            return ss.members().stream().mapToLong(ItemSize::utf8).sum();
        }
        if (value instanceof NumberSetValue ns) {
            return ns.members().stream().mapToLong(ItemSize::number).sum();
        }
        if (value instanceof BinarySetValue bs) {
            return bs.members().stream().mapToLong(BinaryValue::length).sum();
        }
        return 1; // BOOL and NULL
    }

    private static long number(NumberValue n) {
        BigDecimal value = n.toBigDecimal();
        int digits = value.signum() == 0 ? 1 : value.stripTrailingZeros().precision();
        return (digits + 1) / 2 + 1;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
