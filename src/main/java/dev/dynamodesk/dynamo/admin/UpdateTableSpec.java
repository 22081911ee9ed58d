package dev.dynamodesk.dynamo.admin;

import java.util.List;

/**
 * Changes to an existing table: billing and capacity (null keeps them), global indexes to add and
 * to delete, and time to live switched on or off (null keeps it).
 */
public record UpdateTableSpec(String table, Capacity capacity, List<IndexSpec> addIndexes, List<String> deleteIndexes,
                              TimeToLive timeToLive) {
    public record TimeToLive(boolean enabled, String attribute) {
    }

    public UpdateTableSpec {
        addIndexes = addIndexes == null ? List.of() : List.copyOf(addIndexes);
        deleteIndexes = deleteIndexes == null ? List.of() : List.copyOf(deleteIndexes);
    }
}
