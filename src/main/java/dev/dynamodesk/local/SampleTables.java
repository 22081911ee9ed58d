package dev.dynamodesk.local;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The shapes of the sample tables: the designs people really use in DynamoDB. */
final class SampleTables {
    static final String USER_DATA = "UserData";
    static final String APP = "App";
    static final String ORDERS = "Orders";
    static final String EXAMPLE = "ExampleTable";
    static final String TYPE_SHOWCASE = "TypeShowcase";
    static final String EVENTS = "Events";

    /** Tables whose items ship as DynamoDB JSON lines under {@code samples/}, in seeding order. */
    static final List<String> SMALL_TABLES = List.of(USER_DATA, APP, ORDERS, EXAMPLE, TYPE_SHOWCASE);
    static final List<String> ALL = List.of(USER_DATA, APP, ORDERS, EXAMPLE, TYPE_SHOWCASE, EVENTS);

    private SampleTables() {
    }

    static CreateTableRequest definition(String table) {
        return switch (table) {
            case USER_DATA -> keyed(table, "userId", ScalarAttributeType.S, null, null).build();
            case APP -> keyed(table, "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S)
                    .attributeDefinitions(
                            attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                            attribute("GSI1PK", ScalarAttributeType.S), attribute("GSI1SK", ScalarAttributeType.S))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                            .indexName("GSI1")
                            .keySchema(key("GSI1PK", KeyType.HASH), key("GSI1SK", KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.ALL))
                            .build())
                    .build();
            case ORDERS -> keyed(table, "userId", ScalarAttributeType.S, "orderId", ScalarAttributeType.S).build();
            case EXAMPLE -> keyed(table, "Id", ScalarAttributeType.N, null, null).build();
            case TYPE_SHOWCASE -> keyed(table, "id", ScalarAttributeType.S, null, null).build();
            case EVENTS -> keyed(table, "source", ScalarAttributeType.S, "ts", ScalarAttributeType.N).build();
            default -> throw new IllegalArgumentException("Not a sample table: " + table);
        };
    }

    private static CreateTableRequest.Builder keyed(String table, String partitionKey, ScalarAttributeType partitionType,
                                                    String sortKey, ScalarAttributeType sortType) {
        CreateTableRequest.Builder builder = CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (sortKey == null) {
            return builder.keySchema(key(partitionKey, KeyType.HASH))
                    .attributeDefinitions(attribute(partitionKey, partitionType));
        }
        return builder.keySchema(key(partitionKey, KeyType.HASH), key(sortKey, KeyType.RANGE))
                .attributeDefinitions(attribute(partitionKey, partitionType), attribute(sortKey, sortType));
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }
}
