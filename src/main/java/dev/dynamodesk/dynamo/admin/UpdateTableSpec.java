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

    /**
     * What DynamoDB would refuse in the indexes to add, against the table's attribute definitions
     * ({@code defined}: name to S, N or B): an attribute already defined with another type (an
     * attribute has one type across the table and every index), and the limits of multi-attribute keys.
     */
    public List<String> addedIndexProblems(java.util.Map<String, String> defined) {
        List<String> problems = new java.util.ArrayList<>();
        for (IndexSpec index : addIndexes) {
            String called = " " + index.name();
            problems.addAll(CreateTableSpec.multiAttributeKeyProblems(index, called));
            List<dev.dynamodesk.dynamo.KeyAttribute> keys = new java.util.ArrayList<>(index.partitionKeys());
            keys.addAll(index.sortKeys());
            for (dev.dynamodesk.dynamo.KeyAttribute key : keys) {
                String type = key == null ? null : defined.get(key.name());
                if (type != null && !type.equals(key.type().name())) {
                    problems.add("The attribute " + key.name() + " is already a key of type " + type + " in " + table
                            + "; the index" + called + " must use it as " + type + " too.");
                }
            }
        }
        return problems;
    }
}
