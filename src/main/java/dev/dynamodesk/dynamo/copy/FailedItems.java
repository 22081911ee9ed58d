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
 * when the first item fails; the reasons go to the log line of the summary, not into the file.
 */
final class FailedItems implements AutoCloseable {
    private final Path file;
    private BufferedWriter out;
    private String firstReason;

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
                firstReason = reason;
            }
            for (Item item : items) {
                out.write(DynamoJson.write(item, false));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the failed items in " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized String firstReason() {
        return firstReason;
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
