package dev.dynamodesk.dynamo;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Puts many items with BatchWriteItem, 25 at a time, retrying the items the server hands back
 * as unprocessed (throttling, or DynamoDB Local being busy) with growing pauses.
 */
public final class BatchWriter {
    public static final int MAX_BATCH = 25;
    private static final int MAX_ATTEMPTS = 10;
    private static final long FIRST_PAUSE_MS = 50;
    private static final long MAX_PAUSE_MS = 5_000;

    private final DynamoDbClient client;
    private final Sleeper sleeper;

    /** Pauses between retries; replaced in tests. */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public BatchWriter(DynamoDbClient client) {
        this(client, Thread::sleep);
    }

    public BatchWriter(DynamoDbClient client, Sleeper sleeper) {
        this.client = client;
        this.sleeper = sleeper;
    }

    /**
     * Writes every item; reports the running count of written items after each batch.
     * Stops with {@link CancellationException} between batches when {@code cancelled} says so.
     */
    public long putAll(String table, List<Item> items, BooleanSupplier cancelled, LongConsumer written) {
        long done = 0;
        for (int start = 0; start < items.size(); start += MAX_BATCH) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Writing to " + table + " was cancelled after " + done + " items");
            }
            List<Item> chunk = items.subList(start, Math.min(items.size(), start + MAX_BATCH));
            List<WriteRequest> requests = new ArrayList<>(chunk.size());
            for (Item item : chunk) {
                requests.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(AttributeValues.fromItem(item)).build()).build());
            }
            writeBatch(table, requests);
            done += chunk.size();
            written.accept(done);
        }
        return done;
    }

    private void writeBatch(String table, List<WriteRequest> requests) {
        List<WriteRequest> pending = requests;
        long pause = FIRST_PAUSE_MS;
        for (int attempt = 1; ; attempt++) {
            BatchWriteItemResponse response = client.batchWriteItem(BatchWriteItemRequest.builder()
                    .requestItems(Map.of(table, pending)).build());
            List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(table, List.of());
            if (unprocessed.isEmpty()) {
                return;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException(unprocessed.size() + " items could not be written to " + table
                        + " after " + MAX_ATTEMPTS + " attempts (the table kept refusing them as unprocessed)");
            }
            pending = unprocessed;
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while waiting to retry a batch write");
            }
            pause = Math.min(MAX_PAUSE_MS, pause * 2);
        }
    }
}
