package dev.dynamodesk.dynamo.admin;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * Turns table specs into the exact requests to send, in order. DynamoDB takes one index
 * creation or deletion per UpdateTable, and time to live has its own call, so one change in the
 * dialog can be several requests.
 */
public final class TableRequests {
    private TableRequests() {
    }

    public static List<PlannedRequest> create(CreateTableSpec spec) {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(spec.name())
                .keySchema(keySchema(List.of(spec.partitionKey()), spec.sortKey() == null ? List.of() : List.of(spec.sortKey())))
                .attributeDefinitions(definitions(spec.keyAttributes()))
                .billingMode(spec.capacity().onDemand() ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED);
        if (!spec.capacity().onDemand()) {
            request.provisionedThroughput(throughput(spec.capacity()));
        }
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (IndexSpec index : spec.indexes()) {
            if (index.global()) {
                globals.add(global(index, spec.capacity()));
            } else {
                locals.add(LocalSecondaryIndex.builder()
                        .indexName(index.name())
                        .keySchema(keySchema(List.of(spec.partitionKey()), index.sortKeys()))
                        .projection(projection(index))
                        .build());
            }
        }
        if (!globals.isEmpty()) {
            request.globalSecondaryIndexes(globals);
        }
        if (!locals.isEmpty()) {
            request.localSecondaryIndexes(locals);
        }
        List<PlannedRequest> requests = new ArrayList<>();
        requests.add(new PlannedRequest("CreateTable", request.build()));
        if (spec.timeToLiveAttribute() != null) {
            requests.add(new PlannedRequest("UpdateTimeToLive", UpdateTimeToLiveRequest.builder()
                    .tableName(spec.name())
                    .timeToLiveSpecification(t -> t.enabled(true).attributeName(spec.timeToLiveAttribute()))
                    .build()));
        }
        return requests;
    }

    /** The requests that take the table from {@code current} to what {@code spec} asks for. */
    public static List<PlannedRequest> update(TableDetails current, UpdateTableSpec spec) {
        List<PlannedRequest> requests = new ArrayList<>();
        Capacity capacity = spec.capacity();
        boolean provisionedAfter = capacity != null ? !capacity.onDemand() : !"PAY_PER_REQUEST".equals(current.billingMode());
        // Deletions first: a switch to provisioned billing must give capacity to every index left.
        for (String name : spec.deleteIndexes()) {
            requests.add(new PlannedRequest("UpdateTable", UpdateTableRequest.builder()
                    .tableName(spec.table())
                    .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName(name)).build())
                    .build()));
        }
        if (capacity != null && changes(current, capacity)) {
            UpdateTableRequest.Builder request = UpdateTableRequest.builder()
                    .tableName(spec.table())
                    .billingMode(capacity.onDemand() ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED);
            if (!capacity.onDemand()) {
                request.provisionedThroughput(throughput(capacity));
                // Switching to provisioned, every existing global index needs capacity of its own.
                List<GlobalSecondaryIndexUpdate> indexUpdates = new ArrayList<>();
                for (TableDetails.IndexDetails index : current.indexes()) {
                    if (index.global() && !spec.deleteIndexes().contains(index.name())) {
                        indexUpdates.add(GlobalSecondaryIndexUpdate.builder()
                                .update(u -> u.indexName(index.name()).provisionedThroughput(throughput(capacity))).build());
                    }
                }
                if (!indexUpdates.isEmpty()) {
                    request.globalSecondaryIndexUpdates(indexUpdates);
                }
            }
            requests.add(new PlannedRequest("UpdateTable", request.build()));
        }
        Capacity indexCapacity = provisionedAfter ? (capacity != null ? capacity
                : Capacity.provisioned(orOne(current.readCapacity()), orOne(current.writeCapacity()))) : Capacity.ON_DEMAND;
        for (IndexSpec index : spec.addIndexes()) {
            GlobalSecondaryIndex gsi = global(index, indexCapacity);
            CreateGlobalSecondaryIndexAction.Builder create = CreateGlobalSecondaryIndexAction.builder()
                    .indexName(gsi.indexName()).keySchema(gsi.keySchema()).projection(gsi.projection());
            if (gsi.provisionedThroughput() != null) {
                create.provisionedThroughput(gsi.provisionedThroughput());
            }
            List<KeyAttribute> keys = new ArrayList<>(index.partitionKeys());
            keys.addAll(index.sortKeys());
            requests.add(new PlannedRequest("UpdateTable", UpdateTableRequest.builder()
                    .tableName(spec.table())
                    .attributeDefinitions(definitions(keys))
                    .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(create.build()).build())
                    .build()));
        }
        if (spec.timeToLive() != null) {
            requests.add(new PlannedRequest("UpdateTimeToLive", UpdateTimeToLiveRequest.builder()
                    .tableName(spec.table())
                    .timeToLiveSpecification(t -> t.enabled(spec.timeToLive().enabled())
                            .attributeName(spec.timeToLive().attribute()))
                    .build()));
        }
        return requests;
    }

    public static PlannedRequest delete(String table) {
        return new PlannedRequest("DeleteTable", DeleteTableRequest.builder().tableName(table).build());
    }

    private static boolean changes(TableDetails current, Capacity capacity) {
        boolean onDemandNow = "PAY_PER_REQUEST".equals(current.billingMode());
        if (capacity.onDemand()) {
            return !onDemandNow;
        }
        return onDemandNow || !Long.valueOf(capacity.readUnits()).equals(current.readCapacity())
                || !Long.valueOf(capacity.writeUnits()).equals(current.writeCapacity());
    }

    private static long orOne(Long units) {
        return units == null || units < 1 ? 1 : units;
    }

    private static GlobalSecondaryIndex global(IndexSpec index, Capacity capacity) {
        GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(keySchema(index.partitionKeys(), index.sortKeys()))
                .projection(projection(index));
        if (!capacity.onDemand()) {
            gsi.provisionedThroughput(index.readCapacity() == null ? throughput(capacity)
                    : ProvisionedThroughput.builder().readCapacityUnits(index.readCapacity())
                    .writeCapacityUnits(index.writeCapacity()).build());
        }
        return gsi.build();
    }

    /** HASH elements then RANGE elements, each in order: several of each make a multi-attribute key. */
    private static List<KeySchemaElement> keySchema(List<KeyAttribute> partitionKeys, List<KeyAttribute> sortKeys) {
        List<KeySchemaElement> schema = new ArrayList<>();
        partitionKeys.forEach(key -> schema.add(KeySchemaElement.builder().attributeName(key.name()).keyType(KeyType.HASH).build()));
        sortKeys.forEach(key -> schema.add(KeySchemaElement.builder().attributeName(key.name()).keyType(KeyType.RANGE).build()));
        return schema;
    }

    private static List<AttributeDefinition> definitions(List<KeyAttribute> keys) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        for (KeyAttribute key : keys) {
            definitions.putIfAbsent(key.name(), AttributeDefinition.builder()
                    .attributeName(key.name()).attributeType(key.type().name()).build());
        }
        return new ArrayList<>(definitions.values());
    }

    private static Projection projection(IndexSpec index) {
        Projection.Builder projection = Projection.builder().projectionType(index.projection().name());
        if (index.projection() == IndexSpec.Projection.INCLUDE) {
            projection.nonKeyAttributes(index.nonKeyAttributes());
        }
        return projection.build();
    }

    private static ProvisionedThroughput throughput(Capacity capacity) {
        return ProvisionedThroughput.builder().readCapacityUnits(capacity.readUnits())
                .writeCapacityUnits(capacity.writeUnits()).build();
    }
}
