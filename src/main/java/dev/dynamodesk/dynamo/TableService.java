package dev.dynamodesk.dynamo;

import dev.dynamodesk.item.AttributeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Lists and describes a connection's tables. Blocking calls: run them off the FX thread. */
public final class TableService implements TableCatalog {
    /** ListTables returns at most 100 names a call. */
    private static final int LIST_PAGE = 100;

    private final DynamoDbClient client;

    public TableService(DynamoDbClient client) {
        this.client = client;
    }

    /** Every table name, following ListTables' paging past 100. */
    @Override
    public List<String> listTableNames() {
        List<String> names = new ArrayList<>();
        String startAfter = null;
        do {
            String exclusiveStart = startAfter;
            ListTablesResponse page = client.listTables(b -> b.limit(LIST_PAGE).exclusiveStartTableName(exclusiveStart));
            names.addAll(page.tableNames());
            startAfter = page.lastEvaluatedTableName();
        } while (startAfter != null);
        return names;
    }

    @Override
    public TableInfo describe(String tableName) {
        return describe(client.describeTable(b -> b.tableName(tableName)).table());
    }

    /** The parts of a DescribeTable answer the browser needs. */
    public TableInfo describe(TableDescription table) {
        Map<String, AttributeType> types = new HashMap<>();
        for (AttributeDefinition definition : table.attributeDefinitions()) {
            types.put(definition.attributeName(), AttributeType.valueOf(definition.attributeTypeAsString()));
        }
        List<IndexInfo> indexes = new ArrayList<>();
        table.globalSecondaryIndexes().forEach(gsi ->
                indexes.add(index(gsi.indexName(), true, gsi.keySchema(), types)));
        table.localSecondaryIndexes().forEach(lsi ->
                indexes.add(index(lsi.indexName(), false, lsi.keySchema(), types)));
        String billing = table.billingModeSummary() == null ? "PROVISIONED"
                : table.billingModeSummary().billingModeAsString();
        return new TableInfo(table.tableName(), table.tableStatusAsString(),
                key(table.keySchema(), KeyType.HASH, types), key(table.keySchema(), KeyType.RANGE, types),
                indexes,
                table.itemCount() == null ? -1 : table.itemCount(),
                table.tableSizeBytes() == null ? -1 : table.tableSizeBytes(),
                billing);
    }

    private static IndexInfo index(String name, boolean global, List<KeySchemaElement> schema, Map<String, AttributeType> types) {
        List<KeyAttribute> partition = keys(schema, KeyType.HASH, types);
        List<KeyAttribute> sort = keys(schema, KeyType.RANGE, types);
        return new IndexInfo(name, global, partition.get(0), sort.isEmpty() ? null : sort.get(0),
                partition.subList(1, partition.size()), sort.isEmpty() ? List.of() : sort.subList(1, sort.size()));
    }

    /** Every attribute of one role, in the key schema's order (a multi-attribute key holds up to four). */
    private static List<KeyAttribute> keys(List<KeySchemaElement> schema, KeyType role, Map<String, AttributeType> types) {
        List<KeyAttribute> keys = new ArrayList<>();
        for (KeySchemaElement element : schema) {
            if (element.keyType() == role) {
                keys.add(new KeyAttribute(element.attributeName(), types.getOrDefault(element.attributeName(), AttributeType.S)));
            }
        }
        return keys;
    }

    private static KeyAttribute key(List<KeySchemaElement> schema, KeyType role, Map<String, AttributeType> types) {
        for (KeySchemaElement element : schema) {
            if (element.keyType() == role) {
                return new KeyAttribute(element.attributeName(), types.getOrDefault(element.attributeName(), AttributeType.S));
            }
        }
        return null;
    }
}
