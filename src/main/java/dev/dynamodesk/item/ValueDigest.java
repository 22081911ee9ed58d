package dev.dynamodesk.item;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A 128-bit fingerprint of an item by value: equal items have equal digests whatever their
 * spelling (a number by its value, "1.50" as "1.5"), set members and map entries in any order,
 * binary by its bytes. Two different items share a digest with a chance of about 2^-128: a
 * comparison finds the items that differ by digest and reads only those again to show how.
 */
public final class ValueDigest {
    private static final long FIRST = 0x9E3779B97F4A7C15L;
    private static final long SECOND = 0xC2B2AE3D27D4EB4FL;

    private ValueDigest() {
    }

    /** The digest as 32 hexadecimal digits. */
    public static String of(Item item) {
        return String.format("%016x%016x", map(item.attributes(), FIRST), map(item.attributes(), SECOND));
    }

    private static long value(DynamoValue value, long seed) {
        long type = mix(seed + value.type().ordinal() * 0x632BE59BD9B4E019L);
        if (value instanceof StringValue s) {
            return text(s.value(), type);
        }
        if (value instanceof NumberValue n) {
            BigDecimal number = n.toBigDecimal();
            return text(number.signum() == 0 ? "0" : number.stripTrailingZeros().toString(), type);
        }
        if (value instanceof BinaryValue b) {
            return bytes(b.bytes(), type);
        }
        if (value instanceof BoolValue b) {
            return mix(type + (b.value() ? 1 : 2));
        }
        if (value instanceof NullValue) {
            return type;
        }
        if (value instanceof MapValue m) {
            return map(m.entries(), type);
        }
        if (value instanceof ListValue l) {
            long hash = type;
            for (DynamoValue element : l.elements()) {
                hash = mix(hash * 31 + value(element, seed));
            }
            return mix(hash + l.elements().size());
        }
        // The three set types: members in any order (each distinct), so their hashes are added.
        long sum = 0;
        int count = 0;
        for (Object member : setMembers(value)) {
            sum += member instanceof DynamoValue inner ? value(inner, seed) : text((String) member, seed);
            count++;
        }
        return mix(type ^ mix(sum + count));
    }

    private static Iterable<?> setMembers(DynamoValue value) {
        if (value instanceof StringSetValue strings) {
            return strings.members();
        }
        if (value instanceof NumberSetValue numbers) {
            return numbers.members();
        }
        return ((BinarySetValue) value).members();
    }

    /** Entries in any order: each name with its value, added. */
    private static long map(Map<String, DynamoValue> entries, long seed) {
        long sum = 0;
        for (Map.Entry<String, DynamoValue> entry : entries.entrySet()) {
            sum += mix(text(entry.getKey(), seed) * 0x9FB21C651E98DF25L + value(entry.getValue(), seed));
        }
        return mix(seed ^ mix(sum + entries.size()));
    }

    private static long text(String text, long seed) {
        long hash = seed ^ text.length();
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001B3L;
        }
        return mix(hash);
    }

    private static long bytes(byte[] bytes, long seed) {
        long hash = seed ^ bytes.length;
        for (byte b : bytes) {
            hash = (hash ^ (b & 0xff)) * 0x100000001B3L;
        }
        return mix(hash);
    }

    /** SplitMix64's finaliser: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
