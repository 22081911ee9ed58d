package dev.dynamodesk.bench;

import dev.dynamodesk.dynamo.TransactionalWriter;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** The benchmarks' table: items of about 1 KB under 1,000 partitions, and the SDK's own scan of it. */
final class BenchTable {
    private BenchTable() {
    }

    static void create(DynamoDbClient client, String table) {
        client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S)));
    }

    static void seed(DynamoDbClient client, String table, int items) {
        create(client, table);
        String padding = "x".repeat(800);
        List<Item> batch = new ArrayList<>();
        long start = System.nanoTime();
        TransactionalWriter writer = new TransactionalWriter(client);
        for (int i = 0; i < items; i++) {
            batch.add(Item.builder().s("pk", "p" + (i % 1000)).s("sk", String.format("%08d", i)).n("n", i)
                    .s("status", i % 3 == 0 ? "open" : "closed").put("payload", new StringValue(padding)).build());
            if (batch.size() == 1_000) {
                writer.putAll(table, batch, () -> false, n -> { });
                batch.clear();
            }
        }
        writer.putAll(table, batch, () -> false, n -> { });
        print("seeded %,d items of ~1 KB in %.1f s", items, (System.nanoTime() - start) / 1e9);
    }

    /** The SDK alone: one segment of a Scan with the given Limit, items left as the SDK's maps; seconds taken. */
    static double sdkScan(DynamoDbClient client, String table, int limit, int segment, int segments, int max) {
        long start = System.nanoTime();
        Map<String, AttributeValue> next = null;
        int seen = 0;
        do {
            Map<String, AttributeValue> from = next;
            ScanResponse page = client.scan(b -> {
                b.tableName(table).limit(limit).exclusiveStartKey(from);
                if (segments > 1) {
                    b.segment(segment).totalSegments(segments);
                }
            });
            seen += page.count();
            next = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (next != null && seen < max);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs {@code action} on the FX thread and waits for it (two minutes at most). */
    static void onFx(Runnable action) throws Exception {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        javafx.application.Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(2, java.util.concurrent.TimeUnit.MINUTES)) {
            throw new IllegalStateException("The FX thread did not answer");
        }
    }

    static void print(String format, Object... values) {
        System.out.println("BENCHMARK " + String.format(format, values));
    }
}
