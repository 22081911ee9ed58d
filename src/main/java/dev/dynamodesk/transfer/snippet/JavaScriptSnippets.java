package dev.dynamodesk.transfer.snippet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Node.js ES module using the AWS SDK for JavaScript v3 ({@code @aws-sdk/client-dynamodb});
 * binary values are Buffers decoded from base64. Saved as a .mjs file it runs with {@code node}.
 */
final class JavaScriptSnippets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JavaScriptSnippets() {
    }

    private static final ScriptValues.Syntax SYNTAX = new ScriptValues.Syntax() {
        @Override
        public String string(String text) {
            return literal(text);
        }

        @Override
        public String bool(boolean value) {
            return Boolean.toString(value);
        }

        @Override
        public String bytes(String base64) {
            return "Buffer.from(" + literal(base64) + ", \"base64\")";
        }
    };

    static String write(SnippetRequest request, SnippetTarget target) {
        List<String> fields = new ArrayList<>();
        String command;
        String body;
        if (request instanceof SnippetRequest.PutItem put) {
            command = "PutItemCommand";
            fields.add("TableName: " + literal(put.table()));
            fields.add("Item: " + ScriptValues.attributes(put.item().attributes(), SYNTAX, "    "));
            body = "const response = await client.send(new PutItemCommand({\n" + fieldLines(fields, "  ") + "}));\n"
                    + "console.log(JSON.stringify(response, null, 2));\n";
        } else if (request instanceof SnippetRequest.GetItem get) {
            command = "GetItemCommand";
            fields.add("TableName: " + literal(get.table()));
            fields.add("Key: " + ScriptValues.attributes(get.key().attributes(), SYNTAX, "    "));
            body = "const response = await client.send(new GetItemCommand({\n" + fieldLines(fields, "  ") + "}));\n"
                    + "console.log(JSON.stringify(response.Item ?? null, null, 2));\n";
        } else if (request instanceof SnippetRequest.Read read) {
            command = read.query() ? "paginateQuery" : "paginateScan";
            readFields(read, fields);
            body = "for await (const page of " + command + "({ client }, {\n" + fieldLines(fields, "  ") + "})) {\n"
                    + "  for (const item of page.Items ?? []) {\n"
                    + "    console.log(JSON.stringify(item));\n"
                    + "  }\n"
                    + "}\n";
        } else {
            SnippetRequest.Statement statement = (SnippetRequest.Statement) request;
            command = "ExecuteStatementCommand";
            String parameters = statement.parameters().isEmpty() ? ""
                    : "\n  Parameters: [" + statement.parameters().stream().map(value -> ScriptValues.value(value, SYNTAX))
                    .collect(Collectors.joining(", ")) + "],";
            body = "let nextToken;\n"
                    + "do {\n"
                    + "  const page = await client.send(new ExecuteStatementCommand({\n"
                    + "    Statement: " + literal(statement.text()) + "," + parameters.replace("\n  ", "\n    ") + "\n"
                    + "    NextToken: nextToken,\n"
                    + "  }));\n"
                    + "  for (const item of page.Items ?? []) {\n"
                    + "    console.log(JSON.stringify(item));\n"
                    + "  }\n"
                    + "  nextToken = page.NextToken;\n"
                    + "} while (nextToken);\n";
        }
        List<String> config = new ArrayList<>();
        config.add("region: " + literal(target.region()));
        if (target.endpoint() != null) {
            config.add("endpoint: " + literal(target.endpoint().toString()));
        }
        if (target.profile() != null) {
            config.add("profile: " + literal(target.profile()));
        }
        return "// Node.js 18+: save as snippet.mjs, run npm install @aws-sdk/client-dynamodb, then node snippet.mjs\n"
                + "import { DynamoDBClient, " + command + " } from \"@aws-sdk/client-dynamodb\";\n\n"
                + "const client = new DynamoDBClient({ " + String.join(", ", config) + " });\n"
                + body;
    }

    private static void readFields(SnippetRequest.Read read, List<String> fields) {
        ScriptValues.readFields(read, SYNTAX, "    ").forEach(field -> fields.add(field[0] + ": " + field[1]));
    }

    private static String fieldLines(List<String> fields, String indent) {
        return fields.stream().map(field -> indent + field + ",\n").collect(Collectors.joining());
    }

    /** A JSON string, which is a valid JavaScript string literal. */
    static String literal(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A string always serialises", e);
        }
    }
}
