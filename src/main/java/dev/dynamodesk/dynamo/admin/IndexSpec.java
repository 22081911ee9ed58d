package dev.dynamodesk.dynamo.admin;

import dev.dynamodesk.dynamo.KeyAttribute;
import java.util.List;

/**
 * A secondary index to create: a GSI has its own partition key (and capacity when the table is
 * provisioned); an LSI shares the table's partition key and has its own sort key.
 */
public record IndexSpec(String name, boolean global, KeyAttribute partitionKey, KeyAttribute sortKey,
                        Projection projection, List<String> nonKeyAttributes, Long readCapacity, Long writeCapacity) {
    public enum Projection { ALL, KEYS_ONLY, INCLUDE }

    public IndexSpec {
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
        projection = projection == null ? Projection.ALL : projection;
    }

    public static IndexSpec global(String name, KeyAttribute partitionKey, KeyAttribute sortKey, Projection projection) {
        return new IndexSpec(name, true, partitionKey, sortKey, projection, List.of(), null, null);
    }

    public static IndexSpec local(String name, KeyAttribute sortKey, Projection projection) {
        return new IndexSpec(name, false, null, sortKey, projection, List.of(), null, null);
    }
}
