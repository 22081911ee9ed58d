package dev.dynamodesk.dynamo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/**
 * Gathers a table's details: DescribeTable, then TTL, point-in-time recovery and tags, each of
 * which an endpoint may not support. Those become "not available" facts, never errors.
 */
public final class TableDescriber implements TableDetailsReader {
    private final DynamoDbClient client;
    private final TableService tables;

    public TableDescriber(DynamoDbClient client, TableService tables) {
        this.client = client;
        this.tables = tables;
    }

    @Override
    public TableDetails describe(String tableName) {
        TableDescription table = client.describeTable(b -> b.tableName(tableName)).table();
        TableInfo info = tables.describe(table);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (AttributeDefinition definition : table.attributeDefinitions()) {
            attributes.put(definition.attributeName(), definition.attributeTypeAsString());
        }
        List<TableDetails.IndexDetails> indexes = new ArrayList<>();
        for (GlobalSecondaryIndexDescription gsi : table.globalSecondaryIndexes()) {
            IndexInfo keys = info.index(gsi.indexName()).orElseThrow();
            indexes.add(new TableDetails.IndexDetails(gsi.indexName(), true, keys.partitionKey(), keys.sortKey(),
                    gsi.projection().projectionTypeAsString(), gsi.projection().nonKeyAttributes(), gsi.indexStatusAsString(),
                    read(gsi.provisionedThroughput()), write(gsi.provisionedThroughput()), orZero(gsi.itemCount())));
        }
        for (LocalSecondaryIndexDescription lsi : table.localSecondaryIndexes()) {
            IndexInfo keys = info.index(lsi.indexName()).orElseThrow();
            indexes.add(new TableDetails.IndexDetails(lsi.indexName(), false, keys.partitionKey(), keys.sortKey(),
                    lsi.projection().projectionTypeAsString(), lsi.projection().nonKeyAttributes(), null,
                    null, null, orZero(lsi.itemCount())));
        }
        boolean provisioned = "PROVISIONED".equals(info.billingMode());
        return new TableDetails(info, attributes, indexes, table.tableStatusAsString(), table.tableArn(),
                table.creationDateTime(), info.billingMode(),
                provisioned ? read(table.provisionedThroughput()) : null,
                provisioned ? write(table.provisionedThroughput()) : null,
                orZero(table.itemCount()), orZero(table.tableSizeBytes()),
                table.tableClassSummary() == null ? TableDetails.Fact.of("STANDARD (default)")
                        : TableDetails.Fact.of(table.tableClassSummary().tableClassAsString()),
                TableDetails.Fact.of(stream(table.streamSpecification(), table.latestStreamArn())),
                TableDetails.Fact.ask(() -> timeToLive(client.describeTimeToLive(b -> b.tableName(tableName)).timeToLiveDescription())),
                TableDetails.Fact.ask(() -> client.describeContinuousBackups(b -> b.tableName(tableName))
                        .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatusAsString()),
                table.deletionProtectionEnabled() == null ? TableDetails.Fact.notAvailable("not reported by this endpoint")
                        : TableDetails.Fact.of(table.deletionProtectionEnabled()),
                TableDetails.Fact.ask(() -> new dev.dynamodesk.dynamo.ops.OperationsReader(client).tags(table.tableArn())));
    }

    private static String timeToLive(TimeToLiveDescription ttl) {
        String status = ttl.timeToLiveStatusAsString();
        return ttl.attributeName() == null ? status : status + " on " + ttl.attributeName();
    }

    private static String stream(StreamSpecification spec, String arn) {
        if (spec == null || !Boolean.TRUE.equals(spec.streamEnabled())) {
            return "DISABLED";
        }
        return spec.streamViewTypeAsString() + (arn == null ? "" : " (" + arn + ")");
    }

    private static Long read(ProvisionedThroughputDescription throughput) {
        return throughput == null ? null : throughput.readCapacityUnits();
    }

    private static Long write(ProvisionedThroughputDescription throughput) {
        return throughput == null ? null : throughput.writeCapacityUnits();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
