package dev.dynamodesk.dynamo.copy;

import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The items a copy could not write, as DynamoDB JSON lines (so the file imports again), made only
 * when the first item fails; the reasons are counted for the copy's summary, not written into the
 * file (which would then not import).
 */
final class FailedItems implements AutoCloseable {
    private final Path file;
    private BufferedWriter out;
    /** Items failed per reason, in the order the reasons first came; at most {@value #REASONS} kept apart. */
    private final java.util.Map<String, Long> reasons = new java.util.LinkedHashMap<>();
    private static final int REASONS = 10;

    FailedItems(Path file) {
        this.file = file;
    }

    synchronized void add(List<Item> items, String reason) {
        if (items.isEmpty()) {
            return;
        }
        try {
            if (out == null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            }
            String counted = reasons.containsKey(reason) || reasons.size() < REASONS ? reason : "other reasons";
            reasons.merge(counted, (long) items.size(), Long::sum);
            for (Item item : items) {
                out.write(DynamoJson.write(item, false));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the failed items in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Each reason with the number of items that failed for it ("3 × Item size has exceeded…"). */
    synchronized java.util.List<String> reasons() {
        return reasons.entrySet().stream().map(entry -> String.format("%,d × %s", entry.getValue(), entry.getKey())).toList();
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
