package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * An {@link ItemQuery} checked against the table's key schema and written out as expressions with
 * placeholders: ready to become Scan or Query requests for any page, and the AWS CLI command.
 */
public final class QueryPlan {
    private final ItemQuery query;
    private final String keyCondition;
    private final String filterExpression;
    private final String projectionExpression;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;

    private QueryPlan(ItemQuery query, String keyCondition, String filterExpression, String projectionExpression,
                      ExpressionContext context) {
        this.query = query;
        this.keyCondition = keyCondition;
        this.filterExpression = filterExpression;
        this.projectionExpression = projectionExpression;
        this.names = context.names();
        this.values = context.values();
    }

    /** Checks the query against the table and builds its expressions, or says what is wrong. */
    public static QueryPlan of(ItemQuery query, TableInfo table) throws InvalidQueryException {
        List<String> problems = new ArrayList<>();
        Optional<IndexInfo> read = table.keysOf(query.indexName());
        if (read.isEmpty()) {
            throw new InvalidQueryException(List.of("The table " + table.name() + " has no index named " + query.indexName() + "."));
        }
        boolean globalIndex = read.get().global();
        KeyConditionRules keys = new KeyConditionRules(query.indexName() == null ? "the table" : "the index " + query.indexName(),
                read.get().partitionKeys(), read.get().sortKeys());
        keys.check(query, problems);
        if (query.consistentRead() && globalIndex) {
            problems.add("Global secondary indexes do not support consistent reads; turn it off or read the table.");
        }
        if (query.descending() && !query.isQuery()) {
            problems.add("Descending order needs a Query: give a value for " + keys.partitionWords() + ".");
        }
        for (FilterClause clause : query.filter()) {
            clause.condition().problem().ifPresent(problem -> problems.add(KeyConditionRules.capitalised(problem) + "."));
            if (query.isQuery() && clause.condition().path().isTopLevel() && keys.isKey(clause.condition().path().topLevelName())) {
                problems.add("A filter cannot use the key attribute " + clause.condition().path()
                        + " of a Query; put it in the key condition.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQueryException(problems);
        }

        ExpressionContext context = new ExpressionContext();
        String keyCondition = query.isQuery() ? keys.render(query, context) : null;
        String filter = query.filter().isEmpty() ? null : FilterExpression.render(query.filter(), context);
        String projection = null;
        if (!query.projection().isEmpty()) {
            List<String> paths = new ArrayList<>();
            for (AttributePath path : query.projection()) {
                paths.add(context.path(path));
            }
            projection = String.join(", ", paths);
        }
        return new QueryPlan(query, keyCondition, filter, projection, context);
    }

    public ItemQuery query() {
        return query;
    }

    public boolean isQuery() {
        return query.isQuery();
    }

    public String keyCondition() {
        return keyCondition;
    }

    public String filterExpression() {
        return filterExpression;
    }

    public String projectionExpression() {
        return projectionExpression;
    }

    public Map<String, String> names() {
        return names;
    }

    public Map<String, AttributeValue> values() {
        return values;
    }

    /** A Query request for one page. */
    public QueryRequest queryRequest(Item startKey, int limit, boolean countOnly) {
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(query.table())
                .indexName(query.indexName())
                .keyConditionExpression(keyCondition)
                .filterExpression(filterExpression)
                .projectionExpression(countOnly ? null : projectionExpression)
                .scanIndexForward(!query.descending())
                .consistentRead(query.consistentRead() ? Boolean.TRUE : null)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .limit(limit);
        applyNamesAndValues(request::expressionAttributeNames, request::expressionAttributeValues, countOnly);
        if (countOnly) {
            request.select(Select.COUNT);
        }
        if (startKey != null) {
            request.exclusiveStartKey(AttributeValues.fromItem(startKey));
        }
        return request.build();
    }

    /** A Scan request for one page, of one segment when {@code totalSegments} is above 1. */
    public ScanRequest scanRequest(Item startKey, int limit, boolean countOnly, int segment, int totalSegments) {
        ScanRequest.Builder request = ScanRequest.builder()
                .tableName(query.table())
                .indexName(query.indexName())
                .filterExpression(filterExpression)
                .projectionExpression(countOnly ? null : projectionExpression)
                .consistentRead(query.consistentRead() ? Boolean.TRUE : null)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .limit(limit);
        applyNamesAndValues(request::expressionAttributeNames, request::expressionAttributeValues, countOnly);
        if (countOnly) {
            request.select(Select.COUNT);
        }
        if (totalSegments > 1) {
            request.segment(segment).totalSegments(totalSegments);
        }
        if (startKey != null) {
            request.exclusiveStartKey(AttributeValues.fromItem(startKey));
        }
        return request.build();
    }

    /**
     * DynamoDB refuses names or values that no expression uses; a count leaves out the projection,
     * so it must leave out the names only the projection used.
     */
    private void applyNamesAndValues(Consumer<Map<String, String>> namesSetter,
                                     Consumer<Map<String, AttributeValue>> valuesSetter,
                                     boolean countOnly) {
        Map<String, String> used = names;
        if (countOnly && projectionExpression != null) {
            String expressions = (keyCondition == null ? "" : keyCondition) + " " + (filterExpression == null ? "" : filterExpression);
            used = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : names.entrySet()) {
                if (mentions(expressions, entry.getKey())) {
                    used.put(entry.getKey(), entry.getValue());
                }
            }
        }
        if (!used.isEmpty()) {
            namesSetter.accept(used);
        }
        if (!values.isEmpty()) {
            valuesSetter.accept(values);
        }
    }

    /** Whether {@code placeholder} (#n1) occurs in the text as itself, not as the start of #n10. */
    private static boolean mentions(String text, String placeholder) {
        int at = text.indexOf(placeholder);
        while (at >= 0) {
            int end = at + placeholder.length();
            if (end >= text.length() || !Character.isDigit(text.charAt(end))) {
                return true;
            }
            at = text.indexOf(placeholder, end);
        }
        return false;
    }
}
