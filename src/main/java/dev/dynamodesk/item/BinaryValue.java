package dev.dynamodesk.item;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** A B value: raw bytes, shown as base64 (or hex), encoded only when shown or sent. */
public record BinaryValue(byte[] bytes) implements DynamoValue {
    public BinaryValue {
        bytes = bytes.clone();
    }

    public static BinaryValue fromBase64(String base64) {
        return new BinaryValue(Base64.getDecoder().decode(base64));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public AttributeType type() {
        return AttributeType.B;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinaryValue that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BinaryValue[" + toBase64() + "]";
    }
}
