package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.item.DynamoValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the user asked for: a table or one of its indexes, optionally partition key values (which
 * make it a Query) and sort key conditions, filter clauses, the attributes to return, the order
 * and whether reads are consistent. {@link QueryPlan} turns it into requests.
 *
 * <p>A key of a global index may hold up to four attributes (multi-attribute keys), so the key part
 * is two lists in the key schema's order: a value per partition-key attribute and a condition per
 * sort-key attribute. A null in either stands for an attribute the user left out, so that
 * {@link QueryPlan} can say what is missing (all partition values are needed; sort conditions
 * cannot skip an attribute) instead of the lists silently shifting. Trailing nulls are dropped.
 */
public record ItemQuery(
        String table,
        String indexName,
        List<DynamoValue> partitionValues,
        List<SortKeyCondition> sortConditions,
        List<FilterClause> filter,
        List<AttributePath> projection,
        boolean descending,
        boolean consistentRead) {

    public ItemQuery {
        partitionValues = withoutTrailingNulls(partitionValues);
        sortConditions = withoutTrailingNulls(sortConditions);
        filter = filter == null ? List.of() : List.copyOf(filter);
        projection = projection == null ? List.of() : List.copyOf(projection);
        indexName = indexName == null || indexName.isBlank() ? null : indexName;
    }

    private static <T> List<T> withoutTrailingNulls(List<T> values) {
        if (values == null) {
            return List.of();
        }
        List<T> kept = new ArrayList<>(values);
        while (!kept.isEmpty() && kept.get(kept.size() - 1) == null) {
            kept.remove(kept.size() - 1);
        }
        return Collections.unmodifiableList(kept);
    }

    /** Every item of a table: a plain Scan. */
    public static ItemQuery scanAll(String table) {
        return new ItemQuery(table, null, List.of(), List.of(), List.of(), List.of(), false, false);
    }

    /** A partition key value is what makes DynamoDB able to Query instead of Scan. */
    public boolean isQuery() {
        return !partitionValues.isEmpty();
    }

    /** The value of the first partition-key attribute (the only one outside multi-attribute keys), or null. */
    public DynamoValue partitionValue() {
        return partitionValues.isEmpty() ? null : partitionValues.get(0);
    }

    /** The condition on the first sort-key attribute (the only one outside multi-attribute keys), or null. */
    public SortKeyCondition sortCondition() {
        return sortConditions.isEmpty() ? null : sortConditions.get(0);
    }

    /** Whether the key part names more than one attribute of a partition or a sort key. */
    public boolean multiAttributeKey() {
        return partitionValues.size() > 1 || sortConditions.size() > 1;
    }

    /** The same query on another table (of the same keys): what a comparison reads on its other side. */
    public ItemQuery onTable(String other) {
        return new ItemQuery(other, indexName, partitionValues, sortConditions, filter, projection, descending, consistentRead);
    }

    public ItemQuery withFilter(List<FilterClause> clauses) {
        return new ItemQuery(table, indexName, partitionValues, sortConditions, clauses, projection, descending, consistentRead);
    }

    /**
     * This query, narrowed to the items that also match every one of {@code conditions}. The
     * filter's OR groups each get the conditions, since AND binds tighter than OR: (a OR b) AND c
     * is written a AND c OR b AND c.
     */
    public ItemQuery narrowedBy(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return this;
        }
        List<FilterClause> narrowed = new ArrayList<>();
        for (int i = 0; i < filter.size(); i++) {
            FilterClause clause = filter.get(i);
            if (i > 0 && clause.connector() == FilterClause.Connector.OR) {
                conditions.forEach(condition -> narrowed.add(FilterClause.and(condition)));
            }
            narrowed.add(clause);
        }
        for (int i = 0; i < conditions.size(); i++) {
            narrowed.add(FilterClause.and(conditions.get(i)));
        }
        return withFilter(narrowed);
    }

    /** A key of one partition attribute and at most one sort attribute; null {@code value} makes it a Scan. */
    public ItemQuery withPartition(DynamoValue value, SortKeyCondition sort) {
        return withKey(value == null ? List.of() : List.of(value), sort == null ? List.of() : List.of(sort));
    }

    /** The key part in the key schema's order (nulls for attributes left out). */
    public ItemQuery withKey(List<DynamoValue> values, List<SortKeyCondition> sorts) {
        return new ItemQuery(table, indexName, values, sorts, filter, projection, descending, consistentRead);
    }

    public ItemQuery onIndex(String index) {
        return new ItemQuery(table, index, partitionValues, sortConditions, filter, projection, descending, consistentRead);
    }

    public ItemQuery withProjection(List<AttributePath> attributes) {
        return new ItemQuery(table, indexName, partitionValues, sortConditions, filter, attributes, descending, consistentRead);
    }

    public ItemQuery withOrder(boolean newDescending, boolean newConsistentRead) {
        return new ItemQuery(table, indexName, partitionValues, sortConditions, filter, projection, newDescending, newConsistentRead);
    }
}
