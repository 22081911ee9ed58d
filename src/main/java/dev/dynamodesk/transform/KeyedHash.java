package dev.dynamodesk.transform;

import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 keyed with the job's secret: the same value gives the same bytes in every table and
 * every run, and without the secret nobody can tell which value gave them. A value is hashed with
 * its type, and a number by its value (1.50 and 1.5 are one number to DynamoDB, so they hash
 * alike). As many bytes as wanted come from HMAC(secret, counter · value).
 */
final class KeyedHash {
    private final byte[] secret;
    private final ThreadLocal<Mac> macs;

    KeyedHash(byte[] secret) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("hash and the fake values need a secret: the same secret gives the same output");
        }
        this.secret = secret.clone();
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java", e);
        }
    }

    /** {@code length} bytes derived from the value. */
    byte[] bytes(DynamoValue value, int length) {
        byte[] input = canonical(value);
        Mac mac = macs.get();
        byte[] out = new byte[length];
        int filled = 0;
        for (int counter = 0; filled < length; counter++) {
            mac.update(ByteBuffer.allocate(4).putInt(counter).array());
            byte[] block = mac.doFinal(input);
            int take = Math.min(block.length, length - filled);
            System.arraycopy(block, 0, out, filled, take);
            filled += take;
        }
        return out;
    }

    /** A seed for the fake values of this value. */
    long seed(DynamoValue value) {
        return ByteBuffer.wrap(bytes(value, 8)).getLong();
    }

    private static byte[] canonical(DynamoValue value) {
        if (value instanceof StringValue s) {
            return ("S:" + s.value()).getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof NumberValue n) {
            java.math.BigDecimal number = n.toBigDecimal();
            String text = number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
            return ("N:" + text).getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof BinaryValue b) {
            byte[] bytes = b.bytes();
            byte[] tagged = new byte[bytes.length + 2];
            tagged[0] = 'B';
            tagged[1] = ':';
            System.arraycopy(bytes, 0, tagged, 2, bytes.length);
            return tagged;
        }
        throw new IllegalArgumentException("Only strings, numbers and binary are hashed, not " + value.type());
    }
}
