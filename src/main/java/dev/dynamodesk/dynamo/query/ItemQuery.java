package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.item.DynamoValue;
import java.util.List;

/**
 * What the user asked for: a table or one of its indexes, optionally a partition key value (which
 * makes it a Query) and a sort key condition, filter clauses, the attributes to return, the order
 * and whether reads are consistent. {@link QueryPlan} turns it into requests.
 */
public record ItemQuery(
        String table,
        String indexName,
        DynamoValue partitionValue,
        SortKeyCondition sortCondition,
        List<FilterClause> filter,
        List<AttributePath> projection,
        boolean descending,
        boolean consistentRead) {

    public ItemQuery {
        filter = filter == null ? List.of() : List.copyOf(filter);
        projection = projection == null ? List.of() : List.copyOf(projection);
        indexName = indexName == null || indexName.isBlank() ? null : indexName;
    }

    /** Every item of a table: a plain Scan. */
    public static ItemQuery scanAll(String table) {
        return new ItemQuery(table, null, null, null, List.of(), List.of(), false, false);
    }

    /** A partition key equality is what makes DynamoDB able to Query instead of Scan. */
    public boolean isQuery() {
        return partitionValue != null;
    }

    /** The same query on another table (of the same keys): what a comparison reads on its other side. */
    public ItemQuery onTable(String other) {
        return new ItemQuery(other, indexName, partitionValue, sortCondition, filter, projection, descending, consistentRead);
    }

    public ItemQuery withFilter(List<FilterClause> clauses) {
        return new ItemQuery(table, indexName, partitionValue, sortCondition, clauses, projection, descending, consistentRead);
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
        List<FilterClause> narrowed = new java.util.ArrayList<>();
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

    public ItemQuery withPartition(DynamoValue value, SortKeyCondition sort) {
        return new ItemQuery(table, indexName, value, sort, filter, projection, descending, consistentRead);
    }

    public ItemQuery onIndex(String index) {
        return new ItemQuery(table, index, partitionValue, sortCondition, filter, projection, descending, consistentRead);
    }

    public ItemQuery withProjection(List<AttributePath> attributes) {
        return new ItemQuery(table, indexName, partitionValue, sortCondition, filter, attributes, descending, consistentRead);
    }

    public ItemQuery withOrder(boolean newDescending, boolean newConsistentRead) {
        return new ItemQuery(table, indexName, partitionValue, sortCondition, filter, projection, newDescending, newConsistentRead);
    }
}
