package dev.dynamodesk.cli;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The table the multi-attribute key tests share: keyed on id, with the index multi on a (S) + b (N), sorted by c (S) + d (N). */
public final class MultiAttributeKeyFixture {
    private MultiAttributeKeyFixture() {
    }

    public static CreateTableRequest table(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("a").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("b").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("c").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("d").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("multi").projection(p -> p.projectionType("ALL")).keySchema(
                        k -> k.attributeName("a").keyType(KeyType.HASH), k -> k.attributeName("b").keyType(KeyType.HASH),
                        k -> k.attributeName("c").keyType(KeyType.RANGE), k -> k.attributeName("d").keyType(KeyType.RANGE)))
                .build();
    }

    /** 240 items over four partitions (a, b); d has decimals written with a trailing zero; every 23rd item lacks d (not in the index). */
    public static void load(DynamoDbClient client, String table) {
        for (int n = 0; n < 240; n++) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("id", AttributeValue.fromS("i" + n));
            item.put("a", AttributeValue.fromS(n % 2 == 0 ? "x" : "y"));
            item.put("b", AttributeValue.fromN((n / 2) % 2 == 0 ? "1" : "2.50"));
            item.put("c", AttributeValue.fromS("c" + (n / 4) % 5));
            if (n % 23 != 0) {
                item.put("d", AttributeValue.fromN((n % 41) + ".50"));
            }
            item.put("v", AttributeValue.fromN(Integer.toString(n)));
            client.putItem(b -> b.tableName(table).item(item));
        }
    }

    /** moto, started, with the table {@code Multi} made and loaded. */
    public static dev.dynamodesk.testing.Backend motoWithTable() throws Exception {
        dev.dynamodesk.testing.Backend moto = dev.dynamodesk.testing.Backend.start(dev.dynamodesk.testing.Backend.Kind.MOTO);
        moto.client().createTable(table("Multi"));
        load(moto.client(), "Multi");
        return moto;
    }
}
