package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Runs a {@link QueryPlan} page by page. Every request sets {@code Limit}: DynamoDB Local spends
 * time proportional to the rows left on each unlimited 1 MB page, so a full scan without it is
 * quadratic (100,000 items: 324 s against 21 s with a limit of 1,000).
 *
 * <p>With a filter, a response may hold no items and still have a {@code LastEvaluatedKey}: that
 * is not the end. Only a missing key is.
 */
public final class ItemReader {
    /** Items asked for per request. */
    public static final int REQUEST_LIMIT = 500;

    private final DynamoDbClient client;

    public ItemReader(DynamoDbClient client) {
        this.client = client;
    }

    /** One request: at most {@code limit} items evaluated, starting after {@code startKey}. */
    public ItemPage readPage(QueryPlan plan, Item startKey, int limit) {
        if (plan.isQuery()) {
            QueryResponse response = client.query(plan.queryRequest(startKey, limit, false));
            return page(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
                    response.scannedCount(), response.consumedCapacity());
        }
        ScanResponse response = client.scan(plan.scanRequest(startKey, limit, false, 0, 1));
        return page(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
                response.scannedCount(), response.consumedCapacity());
    }

    /**
     * Requests pages until at least {@code wanted} items have come back or there are no more, so a
     * selective filter does not leave the user looking at empty pages. The result starts at
     * {@code startKey} and ends at the last page's {@code LastEvaluatedKey}: reading again from the
     * same start key gives the same chunk.
     */
    public ItemPage readChunk(QueryPlan plan, Item startKey, int wanted, BooleanSupplier cancelled) {
        List<Item> items = new ArrayList<>();
        Item next = startKey;
        int scanned = 0;
        double capacity = 0;
        do {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Stopped after " + scanned + " items were read");
            }
            ItemPage page = readPage(plan, next, REQUEST_LIMIT);
            items.addAll(page.items());
            scanned += page.scannedCount();
            capacity += page.consumedCapacity();
            next = page.lastEvaluatedKey();
        } while (next != null && items.size() < wanted);
        return new ItemPage(items, next, scanned, capacity);
    }

    private static ItemPage page(List<Map<String, AttributeValue>> rawItems, Map<String, AttributeValue> lastKey,
                                 Integer scannedCount, ConsumedCapacity consumed) {
        List<Item> items = new ArrayList<>(rawItems.size());
        for (Map<String, AttributeValue> attributes : rawItems) {
            items.add(AttributeValues.toItem(attributes));
        }
        Item next = lastKey == null || lastKey.isEmpty() ? null : AttributeValues.toItem(lastKey);
        double capacity = consumed == null || consumed.capacityUnits() == null ? 0 : consumed.capacityUnits();
        return new ItemPage(items, next, scannedCount == null ? items.size() : scannedCount, capacity);
    }
}
