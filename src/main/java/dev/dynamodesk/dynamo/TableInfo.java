package dev.dynamodesk.dynamo;

import java.util.ArrayList;
import java.util.List;

/**
 * What the app needs to know about a table to show it: its keys, indexes and rough size.
 * The item count and size are DynamoDB's periodic estimate (about every six hours on AWS).
 */
public record TableInfo(
        String name,
        String status,
        KeyAttribute partitionKey,
        KeyAttribute sortKey,
        List<IndexInfo> indexes,
        long approximateItemCount,
        long sizeBytes,
        String billingMode) {

    public TableInfo {
        indexes = List.copyOf(indexes);
    }

    /** Key attribute names, partition key first. */
    public List<String> keyNames() {
        List<String> names = new ArrayList<>(2);
        names.add(partitionKey.name());
        if (sortKey != null) {
            names.add(sortKey.name());
        }
        return names;
    }
}
