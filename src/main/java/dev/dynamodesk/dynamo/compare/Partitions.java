package dev.dynamodesk.dynamo.compare;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueDigest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One side of a comparison spread over files by a hash of each item's key, so that the two sides'
 * items with the same key land in files of the same number and each pair of files fits in memory
 * whatever the tables' size. Several segments write at once.
 */
final class Partitions implements AutoCloseable {
    private final Path folder;
    private final String side;
    private final BufferedWriter[] writers;

    Partitions(Path folder, String side, int count) {
        this.folder = folder;
        this.side = side;
        this.writers = new BufferedWriter[count];
        try {
            for (int i = 0; i < count; i++) {
                writers[i] = Files.newBufferedWriter(file(i), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Could not make the comparison's temporary files in " + folder + ": " + e.getMessage(), e);
        }
    }

    Path file(int partition) {
        return folder.resolve(side + "-" + partition + ".jsonl");
    }

    int count() {
        return writers.length;
    }

    /** The partition of a key: the same for the same key on both sides. */
    static int of(String keyJson, int count) {
        return Math.floorMod(keyJson.hashCode() * 0x9E3779B9, count);
    }

    /**
     * Adds items, each as a line "KEY<tab>KEY JSON<tab>DIGEST": the key as {@link #canonicalKey}
     * (to match), as DynamoDB JSON (to read the item again) and the item's {@link ValueDigest}; no
     * field holds a raw tab. A line is some 100 bytes whatever the item's size.
     */
    void add(List<Item> items, TableInfo info) {
        for (Item item : items) {
            Item keyItem = info.keyOf(item);
            String key = canonicalKey(keyItem);
            BufferedWriter writer = writers[of(key, writers.length)];
            String keyJson = DynamoJson.write(keyItem, false);
            String digest = ValueDigest.of(item);
            synchronized (writer) {
                try {
                    writer.write(key);
                    writer.write('\t');
                    writer.write(keyJson);
                    writer.write('\t');
                    writer.write(digest);
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not write " + folder + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * A key as text that is the same for the same key on both sides, whatever their spelling: a
     * number by its value ("1.50" and "1.5" are one key), binary by its bytes. No raw tab or line
     * break (strings are escaped as JSON escapes them).
     */
    static String canonicalKey(Item key) {
        StringBuilder text = new StringBuilder();
        for (var entry : key.attributes().entrySet()) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(DynamoJson.write(new dev.dynamodesk.item.StringValue(entry.getKey()), false)).append('=');
            if (entry.getValue() instanceof dev.dynamodesk.item.NumberValue number) {
                java.math.BigDecimal value = number.toBigDecimal();
                text.append("N").append(value.signum() == 0 ? "0" : value.stripTrailingZeros().toString());
            } else {
                text.append(DynamoJson.write(entry.getValue(), false));
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        for (BufferedWriter writer : writers) {
            if (writer != null) {
                try {
                    writer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
