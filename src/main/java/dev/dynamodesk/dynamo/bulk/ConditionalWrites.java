package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ExpressionContext;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.DynamoValue;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The request for one planned write, conditioned as the editor's saves are: an update sets and
 * removes only the attributes that differ, each (and each attribute read to decide) on condition
 * it still holds its value as read; a delete holds only while every attribute is as read; putting
 * a deleted item back holds only while no item has its key.
 */
final class ConditionalWrites {
    /** DynamoDB allows a condition expression of 4 KB: past this many attributes a delete conditions on the first ones only. */
    static final int MAX_CONDITIONED_ATTRIBUTES = 100;

    private ConditionalWrites() {
    }

    static PlannedRequest request(String table, TableInfo info, PlannedWrite write) {
        ExpressionContext context = new ExpressionContext();
        String partitionKey = context.name(info.partitionKey().name());
        return switch (write.action()) {
            case PUT_IF_ABSENT -> new PlannedRequest("PutItem", PutItemRequest.builder().tableName(table)
                    .item(AttributeValues.fromItem(write.after()))
                    .conditionExpression("attribute_not_exists(" + partitionKey + ")")
                    .expressionAttributeNames(context.names()).build());
            case DELETE -> delete(table, info, write, context, partitionKey);
            case UPDATE -> update(table, write, context, partitionKey);
        };
    }

    private static PlannedRequest delete(String table, TableInfo info, PlannedWrite write, ExpressionContext context,
                                         String partitionKey) {
        List<String> conditions = new ArrayList<>();
        conditions.add("attribute_exists(" + partitionKey + ")");
        write.before().attributes().entrySet().stream()
                .filter(entry -> !info.keyNames().contains(entry.getKey()))
                .limit(MAX_CONDITIONED_ATTRIBUTES)
                .forEach(entry -> conditions.add(context.name(entry.getKey()) + " = " + context.value(entry.getValue())));
        DeleteItemRequest.Builder request = DeleteItemRequest.builder().tableName(table)
                .key(AttributeValues.fromItem(write.key()))
                .conditionExpression(String.join(" AND ", conditions))
                .expressionAttributeNames(context.names());
        if (!context.values().isEmpty()) {
            request.expressionAttributeValues(context.values());
        }
        return new PlannedRequest("DeleteItem", request.build());
    }

    private static PlannedRequest update(String table, PlannedWrite write, ExpressionContext context, String partitionKey) {
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        // The item must still be there: an UpdateItem on a deleted item would quietly create it.
        List<String> conditions = new ArrayList<>(List.of("attribute_exists(" + partitionKey + ")"));
        for (String name : write.conditioned()) {
            DynamoValue before = write.before().get(name);
            DynamoValue after = write.after().get(name);
            String placeholder = context.name(name);
            if (!java.util.Objects.equals(before, after)) {
                if (after == null) {
                    removes.add(placeholder);
                } else {
                    sets.add(placeholder + " = " + context.value(after));
                }
            }
            conditions.add(before == null ? "attribute_not_exists(" + placeholder + ")" : placeholder + " = " + context.value(before));
        }
        String update = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets))
                + (removes.isEmpty() ? "" : (sets.isEmpty() ? "" : " ") + "REMOVE " + String.join(", ", removes));
        UpdateItemRequest.Builder request = UpdateItemRequest.builder().tableName(table)
                .key(AttributeValues.fromItem(write.key()))
                .updateExpression(update)
                .conditionExpression(String.join(" AND ", conditions))
                .expressionAttributeNames(context.names());
        if (!context.values().isEmpty()) {
            request.expressionAttributeValues(context.values());
        }
        return new PlannedRequest("UpdateItem", request.build());
    }
}
