package dev.dynamodesk.dynamo;

import dev.dynamodesk.item.Item;
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

    /** The key of an item: just its key attributes. Throws when the item lacks one. */
    public Item keyOf(Item item) {
        Item.Builder key = Item.builder();
        for (String name : keyNames()) {
            if (item.get(name) == null) {
                throw new IllegalArgumentException("The item has no value for the key attribute " + name);
            }
            key.put(name, item.get(name));
        }
        return key.build();
    }

    /** The secondary index of that name. */
    public java.util.Optional<IndexInfo> index(String indexName) {
        return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
    }

    /**
     * The key a read uses: the table's own (for {@code indexName} null or blank, named null here)
     * or the named index's, every attribute in order; empty when the table has no such index.
     */
    public java.util.Optional<IndexInfo> keysOf(String indexName) {
        if (indexName == null || indexName.isBlank()) {
            return java.util.Optional.of(new IndexInfo(null, false, partitionKey, sortKey));
        }
        return index(indexName);
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
