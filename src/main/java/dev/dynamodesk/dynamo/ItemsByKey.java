package dev.dynamodesk.dynamo;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads whole items from a table by key (BatchGetItem, strongly consistent): for a bulk run whose
 * items came from somewhere that may hold only part of them (an index's projection, the grid's
 * rows, a console's results; a change is worked out, and a before-image journaled, only from the
 * item as the table holds it), and for a comparison's differences. Keys with no item any more are
 * left out.
 */
public final class ItemsByKey {
    private static final int MAX_KEYS = 100;
    private static final int MAX_ROUNDS = 10;

    private final DynamoDbClient client;

    public ItemsByKey(DynamoDbClient client) {
        this.client = client;
    }

    /** The whole items of these rows (any number; each row needs its key attributes), read strongly consistent. */
    public List<Item> read(String table, TableInfo info, List<Item> items) {
        List<Item> found = new ArrayList<>(items.size());
        for (int start = 0; start < items.size(); start += MAX_KEYS) {
            Map<Item, Boolean> keys = new LinkedHashMap<>();
            for (Item item : items.subList(start, Math.min(items.size(), start + MAX_KEYS))) {
                keys.put(info.keyOf(item), true);
            }
            found.addAll(readBatch(table, new ArrayList<>(keys.keySet())));
        }
        return found;
    }

    /** The items the table holds now for these keys (at most 100), by key; a key with no item is missing. */
    public Map<Item, Item> byKey(String table, TableInfo info, List<Item> keys) {
        Map<Item, Item> found = new java.util.HashMap<>();
        for (Item item : readBatch(table, keys)) {
            found.put(info.keyOf(item), item);
        }
        return found;
    }

    private List<Item> readBatch(String table, List<Item> keys) {
        List<Map<String, AttributeValue>> wanted = keys.stream().map(AttributeValues::fromItem).toList();
        List<Item> found = new ArrayList<>();
        long pause = 50;
        for (int round = 0; !wanted.isEmpty(); round++) {
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException(wanted.size() + " items of " + table
                        + " were still not read after " + MAX_ROUNDS + " rounds (the table is throttling)");
            }
            List<Map<String, AttributeValue>> asked = wanted;
            BatchGetItemResponse response = Retries.call(() -> client.batchGetItem(batch -> batch.requestItems(
                    Map.of(table, KeysAndAttributes.builder().keys(asked).consistentRead(true).build()))));
            response.responses().getOrDefault(table, List.of()).forEach(item -> found.add(AttributeValues.toItem(item)));
            KeysAndAttributes left = response.unprocessedKeys().get(table);
            wanted = left == null ? List.of() : left.keys();
            if (!wanted.isEmpty()) {
                sleep(pause);
                pause = Math.min(2_000, pause * 2);
            }
        }
        return found;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
    }
}
