package dev.dynamodesk.dynamo;

import java.util.ArrayList;
import java.util.List;

/**
 * A secondary index: global or local, with its key attributes (sort key may be null). Since
 * November 2025 a global index's key may hold up to four partition-key and four sort-key
 * attributes: the first of each are {@code partitionKey} and {@code sortKey}, the others, in the
 * key schema's order, {@code morePartitionKeys} and {@code moreSortKeys}.
 */
public record IndexInfo(String name, boolean global, KeyAttribute partitionKey, KeyAttribute sortKey,
                        List<KeyAttribute> morePartitionKeys, List<KeyAttribute> moreSortKeys) {
    public IndexInfo {
        morePartitionKeys = morePartitionKeys == null ? List.of() : List.copyOf(morePartitionKeys);
        moreSortKeys = moreSortKeys == null ? List.of() : List.copyOf(moreSortKeys);
    }

    public IndexInfo(String name, boolean global, KeyAttribute partitionKey, KeyAttribute sortKey) {
        this(name, global, partitionKey, sortKey, List.of(), List.of());
    }

    /** Every partition-key attribute, in the key schema's order. */
    public List<KeyAttribute> partitionKeys() {
        return KeyAttribute.inOrder(partitionKey, morePartitionKeys);
    }

    /** Every sort-key attribute, in the key schema's order; empty without a sort key. */
    public List<KeyAttribute> sortKeys() {
        return KeyAttribute.inOrder(sortKey, moreSortKeys);
    }

    /** Whether a key of this index holds more than one attribute. */
    public boolean multiAttributeKey() {
        return !morePartitionKeys.isEmpty() || !moreSortKeys.isEmpty();
    }

    /** "a (S) + b (N); sort c (S) + d (N)": the whole key, as the grid's header and messages write it. */
    public String keyText() {
        return label(partitionKeys()) + (sortKeys().isEmpty() ? "" : "; sort " + label(sortKeys()));
    }

    /** Every key attribute's name: the partition attributes, then the sort attributes, in order. */
    public List<String> keyNames() {
        List<String> names = new ArrayList<>();
        partitionKeys().forEach(key -> names.add(key.name()));
        sortKeys().forEach(key -> names.add(key.name()));
        return names;
    }

    /** "a (S) + b (N)": a key's attributes as the Info view and describe write them. */
    public static String label(List<KeyAttribute> keys) {
        return String.join(" + ", keys.stream().map(KeyAttribute::label).toList());
    }
}
