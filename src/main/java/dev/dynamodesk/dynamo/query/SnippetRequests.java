package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.transfer.snippet.SnippetRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** The snippet of a planned Scan or Query: the same expressions, placeholders and values DynamoDB is sent. */
public final class SnippetRequests {
    private SnippetRequests() {
    }

    public static SnippetRequest.Read of(QueryPlan plan) {
        Map<String, DynamoValue> values = new LinkedHashMap<>();
        plan.values().forEach((placeholder, value) -> values.put(placeholder, AttributeValues.toValue(value)));
        ItemQuery query = plan.query();
        return new SnippetRequest.Read(query.table(), query.indexName(), plan.keyCondition(), plan.filterExpression(),
                plan.projectionExpression(), plan.names(), values, query.consistentRead(), query.descending());
    }
}
