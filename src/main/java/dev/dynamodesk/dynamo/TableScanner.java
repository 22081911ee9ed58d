package dev.dynamodesk.dynamo;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Reads a table page by page with Scan. Every request sets {@code Limit}: without it DynamoDB
 * Local spends time proportional to the rows left on each 1 MB page, so a full scan turns
 * quadratic (100,000 items: 324 s without a limit, 21 s with 1,000).
 */
public final class TableScanner {
    public static final int DEFAULT_PAGE_SIZE = 500;

    private final DynamoDbClient client;

    public TableScanner(DynamoDbClient client) {
        this.client = client;
    }

    /** One page starting after {@code startKey} (null: from the beginning). */
    public ItemPage scanPage(String table, Item startKey, int limit) {
        ScanRequest.Builder request = ScanRequest.builder()
                .tableName(table)
                .limit(limit)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
        if (startKey != null) {
            request.exclusiveStartKey(AttributeValues.fromItem(startKey));
        }
        ScanResponse response = client.scan(request.build());
        List<Item> items = new ArrayList<>(response.items().size());
        for (Map<String, AttributeValue> attributes : response.items()) {
            items.add(AttributeValues.toItem(attributes));
        }
        Item next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? AttributeValues.toItem(response.lastEvaluatedKey()) : null;
        double consumed = response.consumedCapacity() == null || response.consumedCapacity().capacityUnits() == null
                ? 0 : response.consumedCapacity().capacityUnits();
        return new ItemPage(items, next, response.scannedCount() == null ? items.size() : response.scannedCount(), consumed);
    }
}
