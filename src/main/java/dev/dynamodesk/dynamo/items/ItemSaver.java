package dev.dynamodesk.dynamo.items;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.dynamo.query.AttributePath;
import dev.dynamodesk.dynamo.query.ExpressionContext;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Writes an edited item without ever overwriting someone else's change: only the attributes that
 * changed are sent, each on condition that it still holds the value that was loaded (or is still
 * absent). A change to another attribute meanwhile survives; a change to the same one is refused,
 * and the caller gets the item as it is now. Every write passes the write guard first.
 */
public final class ItemSaver {
    /** Past this many attributes, moving an item conditions its old copy on existing only. */
    private static final int MAX_CONDITIONED_ATTRIBUTES = 100;

    private final DynamoDbClient client;
    private final WriteGuard guard;

    public ItemSaver(DynamoDbClient client, WriteGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    /** Works out what to send to turn {@code loaded} (null: a new item) into {@code edited}. */
    public SavePlan plan(String table, TableInfo info, Item loaded, Item edited) {
        if (loaded == null) {
            return create(table, info, edited);
        }
        List<ItemDiff.Change> changes = ItemDiff.between(loaded, edited);
        if (changes.isEmpty()) {
            return new SavePlan(SavePlan.Kind.NOTHING, table, loaded, edited, changes, null);
        }
        if (!info.keyOf(loaded).equals(info.keyOf(edited))) {
            return move(table, info, loaded, edited, changes);
        }
        ExpressionContext context = new ExpressionContext();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        // The item must still be there: an UpdateItem on a deleted item would quietly create it.
        conditions.add("attribute_exists(" + context.name(info.partitionKey().name()) + ")");
        for (ItemDiff.Change change : changes) {
            String name = context.name(change.name());
            if (change.after() == null) {
                removes.add(name);
            } else {
                sets.add(name + " = " + context.value(change.after()));
            }
            conditions.add(change.before() == null ? "attribute_not_exists(" + name + ")"
                    : name + " = " + context.value(change.before()));
        }
        String update = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets))
                + (removes.isEmpty() ? "" : (sets.isEmpty() ? "" : " ") + "REMOVE " + String.join(", ", removes));
        UpdateItemRequest request = UpdateItemRequest.builder()
                .tableName(table)
                .key(AttributeValues.fromItem(info.keyOf(loaded)))
                .updateExpression(update)
                .conditionExpression(String.join(" AND ", conditions))
                .expressionAttributeNames(context.names())
                .expressionAttributeValues(context.values())
                .build();
        return new SavePlan(SavePlan.Kind.UPDATE, table, loaded, edited, changes, new PlannedRequest("UpdateItem", request));
    }

    /** Writes the user's version over the server's, with no condition: only on explicit request. */
    public SavePlan overwrite(String table, Item loaded, Item edited) {
        PutItemRequest request = PutItemRequest.builder().tableName(table).item(AttributeValues.fromItem(edited)).build();
        return new SavePlan(SavePlan.Kind.OVERWRITE, table, loaded, edited, ItemDiff.between(loaded, edited),
                new PlannedRequest("PutItem", request));
    }

    public SaveOutcome execute(SavePlan plan, TableInfo info) {
        if (plan.kind() == SavePlan.Kind.NOTHING) {
            return new SaveOutcome.Saved(plan.edited());
        }
        guard.check((plan.kind() == SavePlan.Kind.CREATE ? "create an item in " : "change an item in ") + plan.table());
        try {
            if (plan.request().request() instanceof UpdateItemRequest update) {
                client.updateItem(update);
            } else if (plan.request().request() instanceof PutItemRequest put) {
                client.putItem(put);
            } else {
                client.transactWriteItems((TransactWriteItemsRequest) plan.request().request());
            }
            return new SaveOutcome.Saved(plan.edited());
        } catch (ConditionalCheckFailedException refused) {
            Item now = fetch(plan.table(), info.keyOf(plan.edited()));
            if (plan.kind() == SavePlan.Kind.UPDATE && plan.edited().equals(now)) {
                // Our own write went through and its answer was lost: the SDK sent it again, and the
                // condition refused the copy. The item holds exactly the edit: saved. (A create of an
                // item that is already there, identical, still says the key was taken.)
                return new SaveOutcome.Saved(now);
            }
            return new SaveOutcome.Conflict(now, plan.kind() == SavePlan.Kind.CREATE
                    ? "An item with this key already exists." : "The item changed since you loaded it.");
        } catch (TransactionCanceledException cancelled) {
            return moveRefused(plan, info, cancelled.cancellationReasons());
        }
    }

    /** Why a move (put at the new key + delete at the old, in one transaction) was refused. */
    private SaveOutcome moveRefused(SavePlan plan, TableInfo info, List<CancellationReason> reasons) {
        Item atNewKey = fetch(plan.table(), info.keyOf(plan.edited()));
        Item atOldKey = fetch(plan.table(), info.keyOf(plan.loaded()));
        if (plan.edited().equals(atNewKey) && atOldKey == null) {
            return new SaveOutcome.Saved(atNewKey); // an earlier attempt of ours did it
        }
        boolean keyTaken = !reasons.isEmpty() && "ConditionalCheckFailed".equals(reasons.get(0).code());
        if (keyTaken) {
            return new SaveOutcome.Conflict(atNewKey, "The new key " + describeKey(info.keyOf(plan.edited()))
                    + " is taken by another item (shown on the right). Overwrite replaces that item with yours.", true);
        }
        return new SaveOutcome.Conflict(atOldKey, "The item changed since you loaded it.");
    }

    private static String describeKey(Item key) {
        return key.attributes().entrySet().stream()
                .map(entry -> entry.getKey() + " = " + dev.dynamodesk.item.ValueSummary.of(entry.getValue(), 60))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Deletes the item, only if it still exists; returns false when it was already gone. */
    public boolean delete(String table, TableInfo info, Item loaded) {
        guard.check("delete an item from " + table);
        ExpressionContext context = new ExpressionContext();
        String condition = "attribute_exists(" + context.name(info.partitionKey().name()) + ")";
        try {
            client.deleteItem(DeleteItemRequest.builder()
                    .tableName(table)
                    .key(AttributeValues.fromItem(info.keyOf(loaded)))
                    .conditionExpression(condition)
                    .expressionAttributeNames(context.names())
                    .build());
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    /** The item as the server holds it now (a consistent read), or null when there is none. */
    public Item fetch(String table, Item key) {
        Map<String, AttributeValue> found = client.getItem(b -> b.tableName(table)
                .key(AttributeValues.fromItem(key)).consistentRead(true)).item();
        return found == null || found.isEmpty() ? null : AttributeValues.toItem(found);
    }

    private SavePlan create(String table, TableInfo info, Item edited) {
        ExpressionContext context = new ExpressionContext();
        PutItemRequest request = PutItemRequest.builder()
                .tableName(table)
                .item(AttributeValues.fromItem(edited))
                .conditionExpression("attribute_not_exists(" + context.name(info.partitionKey().name()) + ")")
                .expressionAttributeNames(context.names())
                .build();
        return new SavePlan(SavePlan.Kind.CREATE, table, null, edited, ItemDiff.between(Item.EMPTY, edited),
                new PlannedRequest("PutItem", request));
    }

    private SavePlan move(String table, TableInfo info, Item loaded, Item edited, List<ItemDiff.Change> changes) {
        ExpressionContext putContext = new ExpressionContext();
        TransactWriteItem put = TransactWriteItem.builder().put(p -> p
                .tableName(table)
                .item(AttributeValues.fromItem(edited))
                .conditionExpression("attribute_not_exists(" + putContext.name(info.partitionKey().name()) + ")")
                .expressionAttributeNames(putContext.names())).build();
        // The old copy goes only if nobody changed it since it was loaded.
        ExpressionContext deleteContext = new ExpressionContext();
        List<String> conditions = new ArrayList<>();
        conditions.add("attribute_exists(" + deleteContext.name(info.partitionKey().name()) + ")");
        if (loaded.size() <= MAX_CONDITIONED_ATTRIBUTES) {
            loaded.attributes().forEach((name, value) -> {
                if (!info.keyNames().contains(name)) {
                    conditions.add(deleteContext.path(AttributePath.of(name)) + " = " + deleteContext.value(value));
                }
            });
        }
        TransactWriteItem delete = TransactWriteItem.builder().delete(d -> {
            d.tableName(table)
                    .key(AttributeValues.fromItem(info.keyOf(loaded)))
                    .conditionExpression(String.join(" AND ", conditions))
                    .expressionAttributeNames(deleteContext.names());
            if (!deleteContext.values().isEmpty()) {
                d.expressionAttributeValues(deleteContext.values());
            }
        }).build();
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(put, delete).build();
        return new SavePlan(SavePlan.Kind.MOVE, table, loaded, edited, changes, new PlannedRequest("TransactWriteItems", request));
    }

    /**
     * Moves the item to its new key whatever is there now: the user chose to replace the item that
     * took the key. The old copy still goes only if nobody changed it since it was loaded.
     */
    public SavePlan overwriteMove(String table, TableInfo info, Item loaded, Item edited) {
        SavePlan move = move(table, info, loaded, edited, ItemDiff.between(loaded, edited));
        TransactWriteItemsRequest conditional = (TransactWriteItemsRequest) move.request().request();
        TransactWriteItem put = TransactWriteItem.builder().put(p -> p.tableName(table).item(AttributeValues.fromItem(edited))).build();
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
                .transactItems(put, conditional.transactItems().get(1)).build();
        return new SavePlan(SavePlan.Kind.OVERWRITE, table, loaded, edited, move.changes(), new PlannedRequest("TransactWriteItems", request));
    }
}
