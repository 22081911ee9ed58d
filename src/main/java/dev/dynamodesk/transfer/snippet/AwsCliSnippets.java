package dev.dynamodesk.transfer.snippet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * AWS CLI commands quoted for a POSIX shell (sh, bash, zsh), one option per line. Values are
 * DynamoDB JSON; binary is base64, which is how AWS CLI v2 reads it.
 */
final class AwsCliSnippets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AwsCliSnippets() {
    }

    static String write(SnippetRequest request, SnippetTarget target) {
        List<String> lines = new ArrayList<>();
        List<DynamoValue> values = new ArrayList<>();
        if (request instanceof SnippetRequest.PutItem put) {
            lines.add("aws dynamodb put-item");
            lines.add("--table-name " + quote(put.table()));
            lines.add("--item " + quote(DynamoJson.write(put.item(), false)));
            values.addAll(put.item().attributes().values());
        } else if (request instanceof SnippetRequest.GetItem get) {
            lines.add("aws dynamodb get-item");
            lines.add("--table-name " + quote(get.table()));
            lines.add("--key " + quote(DynamoJson.write(get.key(), false)));
            values.addAll(get.key().attributes().values());
        } else if (request instanceof SnippetRequest.Read read) {
            read(read, lines);
            values.addAll(read.values().values());
        } else if (request instanceof SnippetRequest.Statement statement) {
            lines.add("aws dynamodb execute-statement");
            lines.add("--statement " + quote(statement.text()));
            if (!statement.parameters().isEmpty()) {
                lines.add("--parameters " + quote("[" + statement.parameters().stream()
                        .map(value -> DynamoJson.write(value, false)).collect(Collectors.joining(",")) + "]"));
            }
            values.addAll(statement.parameters());
        }
        if (target.region() != null) {
            lines.add("--region " + quote(target.region()));
        }
        if (target.endpoint() != null) {
            lines.add("--endpoint-url " + quote(target.endpoint().toString()));
        }
        if (target.profile() != null) {
            lines.add("--profile " + quote(target.profile()));
        }
        String command = String.join(" \\\n  ", lines);
        return holdsBinary(values) ? "# AWS CLI v2: binary values below are base64.\n" + command : command;
    }

    private static void read(SnippetRequest.Read read, List<String> lines) {
        lines.add("aws dynamodb " + (read.query() ? "query" : "scan"));
        lines.add("--table-name " + quote(read.table()));
        if (read.index() != null) {
            lines.add("--index-name " + quote(read.index()));
        }
        if (read.keyCondition() != null) {
            lines.add("--key-condition-expression " + quote(read.keyCondition()));
        }
        if (read.filter() != null) {
            lines.add("--filter-expression " + quote(read.filter()));
        }
        if (read.projection() != null) {
            lines.add("--projection-expression " + quote(read.projection()));
        }
        if (!read.names().isEmpty()) {
            lines.add("--expression-attribute-names " + quote(json(read.names())));
        }
        if (!read.values().isEmpty()) {
            lines.add("--expression-attribute-values " + quote(DynamoJson.write(new Item(read.values()), false)));
        }
        if (read.descending()) {
            lines.add("--no-scan-index-forward");
        }
        if (read.consistentRead()) {
            lines.add("--consistent-read");
        }
        lines.add("--return-consumed-capacity TOTAL");
    }

    /** Single-quotes a word for sh/bash/zsh: a quote inside becomes '\''. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String json(Map<String, String> names) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(names));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serialises", e);
        }
    }

    private static boolean holdsBinary(Collection<DynamoValue> values) {
        for (DynamoValue value : values) {
            if (value.type() == AttributeType.B || value.type() == AttributeType.BS
                    || value instanceof MapValue map && holdsBinary(map.entries().values())
                    || value instanceof ListValue list && holdsBinary(list.elements())) {
                return true;
            }
        }
        return false;
    }
}
