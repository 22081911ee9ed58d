package dev.dynamodesk.dynamo;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Puts items with TransactWriteItems, 100 to a call. DynamoDB Local commits a whole call as one
 * SQLite transaction but a BatchWriteItem item by item, so on disk this loads 3 to 4 times as fast
 * (measured here: about 2,000 items/s against 470–660). On AWS a transaction costs twice the write
 * capacity of a plain write, so use {@link BatchWriter} there.
 */
public final class TransactionalWriter {
    public static final int MAX_ITEMS = 100;
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient client;

    public TransactionalWriter(DynamoDbClient client) {
        this.client = client;
    }

    /** Writes every item, reporting the running count after each call; stops between calls when cancelled. */
    public long putAll(String table, List<Item> items, BooleanSupplier cancelled, LongConsumer written) {
        long done = 0;
        for (int start = 0; start < items.size(); start += MAX_ITEMS) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Writing to " + table + " was cancelled after " + done + " items");
            }
            List<Item> chunk = items.subList(start, Math.min(items.size(), start + MAX_ITEMS));
            List<TransactWriteItem> puts = new ArrayList<>(chunk.size());
            for (Item item : chunk) {
                puts.add(TransactWriteItem.builder()
                        .put(Put.builder().tableName(table).item(AttributeValues.fromItem(item)).build())
                        .build());
            }
            write(puts);
            done += chunk.size();
            written.accept(done);
        }
        return done;
    }

    private void write(List<TransactWriteItem> puts) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(b -> b.transactItems(puts));
                return;
            } catch (TransactionCanceledException conflict) {
                // Another writer touched one of these items at the same moment; the whole call was
                // rolled back, so sending it again is safe.
                if (attempt == MAX_ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
