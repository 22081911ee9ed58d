package dev.dynamodesk.dynamo.bulk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Test tables for bulk changes, written and read with the SDK alone (none of our code): every
 * type, 38-digit numbers, binary, sets, nested maps and lists.
 */
final class BulkItems {
    static final String BIG = "12345678901234567890123456789012345678";

    private BulkItems() {
    }

    static void createAndLoad(DynamoDbClient client, String table, int count) {
        client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N)));
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> item = item(i);
            batch.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
            if (batch.size() == 25 || i == count - 1) {
                List<WriteRequest> sending = List.copyOf(batch);
                Map<String, List<WriteRequest>> left = Map.of(table, sending);
                while (!left.isEmpty()) {
                    Map<String, List<WriteRequest>> asked = left;
                    left = client.batchWriteItem(w -> w.requestItems(asked)).unprocessedItems();
                }
                batch.clear();
            }
        }
    }

    static Map<String, AttributeValue> item(int i) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s("p" + (i % 50)));
        item.put("sk", n(Integer.toString(i)));
        item.put("status", s(i % 10 == 0 ? "test" : "open"));
        item.put("counter", n(i % 2 == 0 ? BIG : "-0.000000000000000000000000000000000001"));
        item.put("price", n("1.50"));
        item.put("blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, (byte) 255, (byte) i, 10, 13})));
        item.put("flag", AttributeValue.fromBool(i % 3 == 0));
        item.put("nothing", AttributeValue.fromNul(true));
        item.put("tags", AttributeValue.fromSs(List.of("a", "b" + i % 7)));
        item.put("scores", AttributeValue.fromNs(List.of("1", "2.5", BIG)));
        item.put("bytes", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {1}), SdkBytes.fromByteArray(new byte[] {2, 3}))));
        item.put("address", AttributeValue.fromM(Map.of("city", s("Oslo"), "zip", n("0150"), "lines", AttributeValue.fromL(
                List.of(s("x"), n("7"), AttributeValue.fromNul(true))))));
        if (i % 4 == 0) {
            item.put("note", s("remove me " + i));
        }
        return item;
    }

    static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    static AttributeValue n(String text) {
        return AttributeValue.fromN(text);
    }

    /** {@code a + b} exactly, as DynamoDB's own ADD would give (compared by value). */
    static BigDecimal sum(String a, String b) {
        return new BigDecimal(a).add(new BigDecimal(b));
    }
}
