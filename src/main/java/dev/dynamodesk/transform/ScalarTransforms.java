package dev.dynamodesk.transform;

import dev.dynamodesk.dynamo.query.TypedValues;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;

/**
 * A transformer applied to one value that is not a map, list or set. Types stay: a string stays
 * a string, a number a number with as many digits, binary bytes of the same length. A transformer
 * that does not fit the value (email on a number) is refused, saying so, rather than letting the
 * value through unchanged.
 */
final class ScalarTransforms {
    private static final int HASH_BYTES = 16;

    private final KeyedHash hash;

    ScalarTransforms(KeyedHash hash) {
        this.hash = hash;
    }

    /** The new value; null when the attribute is to be removed. */
    DynamoValue apply(Transform transform, DynamoValue value, String where) {
        if (!transform.appliesTo(value.type())) {
            throw new NotApplicable(transform + " cannot change the " + value.type().displayName().toLowerCase() + " at " + where
                    + "; it works on " + transform.kind().types() + ". Name another transformer for " + where + ".");
        }
        return switch (transform.kind()) {
            case KEEP -> value;
            case REMOVE -> null;
            case NULL -> NullValue.INSTANCE;
            case CONST -> TypedValues.parse(transform.argument(), null);
            case HASH -> hashed(value, transform.argument() != null);
            case EMAIL, NAME, PHONE, ADDRESS, COMPANY -> new StringValue(FakeValues.make(transform.kind(), hash.seed(value)));
            case MASK -> new StringValue(masked(((StringValue) value).value(), transform.count()));
            case TRUNCATE -> value instanceof StringValue s ? new StringValue(firstCodePoints(s.value(), transform.count()))
                    : new BinaryValue(java.util.Arrays.copyOf(((BinaryValue) value).bytes(),
                    Math.min(((BinaryValue) value).length(), transform.count())));
            case SHIFT -> Shifts.shift(value, transform.shift(), where);
            case RANDOM -> random(value);
        };
    }

    /** A transformer that cannot change a value of this type: the copy stops rather than write the value unchanged. */
    static final class NotApplicable extends IllegalArgumentException {
        NotApplicable(String message) {
            super(message);
        }
    }

    private DynamoValue hashed(DynamoValue value, boolean keepPrefix) {
        if (value instanceof StringValue s) {
            String prefix = keepPrefix ? prefixOf(s.value()) : "";
            return new StringValue(prefix + HexFormat.of().formatHex(hash.bytes(value, HASH_BYTES)));
        }
        if (value instanceof NumberValue n) {
            byte[] digits = hash.bytes(value, 40);
            int[] next = {0};
            return NumberValue.of(sameShape(n, () -> Byte.toUnsignedInt(digits[next[0]++]) % 10));
        }
        return new BinaryValue(hash.bytes(value, ((BinaryValue) value).length()));
    }

    /** The text up to and with the first #, | or : ("user#" of "user#joe@x.com"); "" when there is none. */
    static String prefixOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' || c == '|' || c == ':') {
                return text.substring(0, i + 1);
            }
        }
        return "";
    }

    /**
     * A number written like {@code number}: the same sign, the same digits before and after the
     * point, new digits only where the original has significant ones (so the magnitude and the
     * count of significant digits, at most 38, stay).
     */
    static String sameShape(NumberValue number, IntSupplier digit) {
        String plain = number.toBigDecimal().toPlainString();
        int first = -1;
        int last = -1;
        for (int i = 0; i < plain.length(); i++) {
            if (plain.charAt(i) >= '1' && plain.charAt(i) <= '9') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isDigit(c) && first >= 0 && i >= first && i <= last) {
                int d = digit.getAsInt();
                out.append((char) ('0' + (i == first && d == 0 ? 1 + digit.getAsInt() % 9 : d)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String masked(String text, int keepLast) {
        int length = text.codePointCount(0, text.length());
        if (keepLast >= length) {
            return text;
        }
        int keepFrom = text.offsetByCodePoints(0, length - keepLast);
        return "*".repeat(length - keepLast) + text.substring(keepFrom);
    }

    private static String firstCodePoints(String text, int count) {
        int length = text.codePointCount(0, text.length());
        return count >= length ? text : text.substring(0, text.offsetByCodePoints(0, count));
    }

    private static DynamoValue random(DynamoValue value) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (value instanceof StringValue s) {
            String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            StringBuilder out = new StringBuilder();
            s.value().codePoints().forEach(ignored -> out.append(letters.charAt(random.nextInt(letters.length()))));
            return new StringValue(out.toString());
        }
        if (value instanceof NumberValue n) {
            return NumberValue.of(sameShape(n, () -> random.nextInt(10)));
        }
        if (value instanceof BinaryValue b) {
            byte[] bytes = new byte[b.length()];
            random.nextBytes(bytes);
            return new BinaryValue(bytes);
        }
        return BoolValue.of(random.nextBoolean());
    }
}
