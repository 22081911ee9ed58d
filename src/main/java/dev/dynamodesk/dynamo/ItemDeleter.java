package dev.dynamodesk.dynamo;

import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/** Deletes many items by key with BatchWriteItem, reporting what was deleted and what failed. */
public final class ItemDeleter {
    private final BatchWriter writer;
    private final WriteGuard guard;

    public ItemDeleter(BatchWriter writer, WriteGuard guard) {
        this.writer = writer;
        this.guard = guard;
    }

    /** How a batch delete went: how many were deleted, and the keys that failed with why. */
    public record Outcome(long deleted, Map<Item, String> failed) {
    }

    /**
     * Deletes the items with these keys (key attributes only, or whole items: the key is taken out).
     * A batch that fails is reported item by item and the rest go on; cancelling stops between batches.
     */
    public Outcome delete(String table, TableInfo info, List<Item> items, BooleanSupplier cancelled, LongConsumer progress) {
        guard.check("delete " + items.size() + (items.size() == 1 ? " item" : " items") + " from " + table);
        List<Item> keys = new ArrayList<>(items.size());
        for (Item item : items) {
            keys.add(info.keyOf(item));
        }
        Map<Item, String> failed = new LinkedHashMap<>();
        long deleted = 0;
        for (int start = 0; start < keys.size(); start += BatchWriter.MAX_BATCH) {
            List<Item> batch = keys.subList(start, Math.min(keys.size(), start + BatchWriter.MAX_BATCH));
            try {
                writer.deleteAll(table, batch, cancelled, count -> { });
                deleted += batch.size();
            } catch (CancellationException stop) {
                throw stop;
            } catch (RuntimeException e) {
                String reason = ErrorMessages.summary(e);
                batch.forEach(key -> failed.put(key, reason));
            }
            progress.accept(deleted + failed.size());
        }
        return new Outcome(deleted, failed);
    }

}
