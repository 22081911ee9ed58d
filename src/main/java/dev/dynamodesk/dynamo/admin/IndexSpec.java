package dev.dynamodesk.dynamo.admin;

import dev.dynamodesk.dynamo.KeyAttribute;
import java.util.List;

/**
 * A secondary index to create: a GSI has its own partition key (and capacity when the table is
 * provisioned); an LSI shares the table's partition key and has its own sort key. A GSI's keys may
 * hold up to four attributes each (multi-attribute keys): the first of each are
 * {@code partitionKey} and {@code sortKey}, the others, in order, {@code morePartitionKeys} and
 * {@code moreSortKeys}.
 */
public record IndexSpec(String name, boolean global, KeyAttribute partitionKey, KeyAttribute sortKey,
                        Projection projection, List<String> nonKeyAttributes, Long readCapacity, Long writeCapacity,
                        List<KeyAttribute> morePartitionKeys, List<KeyAttribute> moreSortKeys) {
    public enum Projection { ALL, KEYS_ONLY, INCLUDE }

    /** DynamoDB's limit on the attributes of one key of a global index. */
    public static final int MAX_KEY_ATTRIBUTES = 4;

    public IndexSpec {
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
        projection = projection == null ? Projection.ALL : projection;
        morePartitionKeys = morePartitionKeys == null ? List.of() : List.copyOf(morePartitionKeys);
        moreSortKeys = moreSortKeys == null ? List.of() : List.copyOf(moreSortKeys);
    }

    public IndexSpec(String name, boolean global, KeyAttribute partitionKey, KeyAttribute sortKey, Projection projection,
                     List<String> nonKeyAttributes, Long readCapacity, Long writeCapacity) {
        this(name, global, partitionKey, sortKey, projection, nonKeyAttributes, readCapacity, writeCapacity, List.of(), List.of());
    }

    public static IndexSpec global(String name, KeyAttribute partitionKey, KeyAttribute sortKey, Projection projection) {
        return new IndexSpec(name, true, partitionKey, sortKey, projection, List.of(), null, null);
    }

    /** A global index keyed on the attributes given, in order (one to four of each; {@code sortKeys} may be empty). */
    public static IndexSpec global(String name, List<KeyAttribute> partitionKeys, List<KeyAttribute> sortKeys, Projection projection) {
        return new IndexSpec(name, true, partitionKeys.get(0), sortKeys.isEmpty() ? null : sortKeys.get(0), projection, List.of(),
                null, null, partitionKeys.subList(1, partitionKeys.size()), sortKeys.isEmpty() ? List.of() : sortKeys.subList(1, sortKeys.size()));
    }

    public static IndexSpec local(String name, KeyAttribute sortKey, Projection projection) {
        return new IndexSpec(name, false, null, sortKey, projection, List.of(), null, null);
    }

    /** Every partition-key attribute in order (empty for a local index, which uses the table's). */
    public List<KeyAttribute> partitionKeys() {
        return KeyAttribute.inOrder(partitionKey, morePartitionKeys);
    }

    /** Every sort-key attribute in order; empty without a sort key. */
    public List<KeyAttribute> sortKeys() {
        return KeyAttribute.inOrder(sortKey, moreSortKeys);
    }

    /** The same index with these capacities (a copy keeps the source's). */
    public IndexSpec withCapacity(Long read, Long write) {
        return new IndexSpec(name, global, partitionKey, sortKey, projection, nonKeyAttributes, read, write, morePartitionKeys, moreSortKeys);
    }
}
