package dev.dynamodesk.dynamo.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.DynamoJson;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The AWS CLI command that runs the same Scan or Query, quoted for a POSIX shell so it can be
 * pasted as it is: names and values stay placeholders, values are DynamoDB JSON.
 */
public final class AwsCliCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AwsCliCommand() {
    }

    /** {@code endpoint} and {@code region} are added when not null (DynamoDB Local needs both). */
    public static String of(QueryPlan plan, URI endpoint, String region) {
        ItemQuery query = plan.query();
        List<String> lines = new ArrayList<>();
        lines.add("aws dynamodb " + (plan.isQuery() ? "query" : "scan"));
        lines.add("--table-name " + quote(query.table()));
        if (query.indexName() != null) {
            lines.add("--index-name " + quote(query.indexName()));
        }
        if (plan.keyCondition() != null) {
            lines.add("--key-condition-expression " + quote(plan.keyCondition()));
        }
        if (plan.filterExpression() != null) {
            lines.add("--filter-expression " + quote(plan.filterExpression()));
        }
        if (plan.projectionExpression() != null) {
            lines.add("--projection-expression " + quote(plan.projectionExpression()));
        }
        if (!plan.names().isEmpty()) {
            lines.add("--expression-attribute-names " + quote(namesJson(plan.names())));
        }
        if (!plan.values().isEmpty()) {
            lines.add("--expression-attribute-values " + quote(valuesJson(plan.values())));
        }
        if (query.descending()) {
            lines.add("--no-scan-index-forward");
        }
        if (query.consistentRead()) {
            lines.add("--consistent-read");
        }
        lines.add("--return-consumed-capacity TOTAL");
        if (region != null) {
            lines.add("--region " + quote(region));
        }
        if (endpoint != null) {
            lines.add("--endpoint-url " + quote(endpoint.toString()));
        }
        return String.join(" \\\n  ", lines);
    }

    /** Single-quotes a word for sh/bash/zsh: a quote inside becomes '\''. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String namesJson(Map<String, String> names) {
        StringBuilder json = new StringBuilder("{");
        names.forEach((placeholder, name) -> json.append(json.length() > 1 ? "," : "")
                .append(jsonString(placeholder)).append(":").append(jsonString(name)));
        return json.append("}").toString();
    }

    private static String valuesJson(Map<String, AttributeValue> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((placeholder, value) -> json.append(json.length() > 1 ? "," : "")
                .append(jsonString(placeholder)).append(":")
                .append(DynamoJson.write(AttributeValues.toValue(value), false)));
        return json.append("}").toString();
    }

    private static String jsonString(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A string always serialises", e);
        }
    }
}
