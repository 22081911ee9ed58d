package dev.dynamodesk.transfer.snippet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A Python 3 program using boto3's low-level DynamoDB client; binary is decoded from base64. */
final class PythonSnippets {
    private static final String ARGUMENT_INDENT = "    ";

    private PythonSnippets() {
    }

    private static final ScriptValues.Syntax SYNTAX = new ScriptValues.Syntax() {
        @Override
        public String string(String text) {
            return literal(text);
        }

        @Override
        public String bool(boolean value) {
            return value ? "True" : "False";
        }

        @Override
        public String bytes(String base64) {
            return "base64.b64decode(" + literal(base64) + ")";
        }
    };

    static String write(SnippetRequest request, SnippetTarget target) {
        List<String> arguments = new ArrayList<>();
        String body;
        if (request instanceof SnippetRequest.PutItem put) {
            arguments.add("TableName=" + literal(put.table()));
            arguments.add("Item=" + ScriptValues.attributes(put.item().attributes(), SYNTAX, "        "));
            body = "response = client.put_item(\n" + argumentLines(arguments) + ")\nprint(response)\n";
        } else if (request instanceof SnippetRequest.GetItem get) {
            arguments.add("TableName=" + literal(get.table()));
            arguments.add("Key=" + ScriptValues.attributes(get.key().attributes(), SYNTAX, "        "));
            body = "response = client.get_item(\n" + argumentLines(arguments) + ")\nprint(response.get(\"Item\"))\n";
        } else if (request instanceof SnippetRequest.Read read) {
            readArguments(read, arguments);
            body = "paginator = client.get_paginator(" + literal(read.query() ? "query" : "scan") + ")\n"
                    + "for page in paginator.paginate(\n" + argumentLines(arguments) + "):\n"
                    + "    for item in page[\"Items\"]:\n"
                    + "        print(item)\n";
        } else {
            SnippetRequest.Statement statement = (SnippetRequest.Statement) request;
            String parameters = statement.parameters().isEmpty() ? ""
                    : ",\n    \"Parameters\": [" + statement.parameters().stream().map(value -> ScriptValues.value(value, SYNTAX))
                    .collect(Collectors.joining(", ")) + "]";
            body = "request = {\n    \"Statement\": " + literal(statement.text()) + parameters + ",\n}\n"
                    + "while True:\n"
                    + "    page = client.execute_statement(**request)\n"
                    + "    for item in page.get(\"Items\", []):\n"
                    + "        print(item)\n"
                    + "    if \"NextToken\" not in page:\n"
                    + "        break\n"
                    + "    request[\"NextToken\"] = page[\"NextToken\"]\n";
        }
        StringBuilder program = new StringBuilder();
        if (body.contains("base64.b64decode(")) {
            program.append("import base64\n\n");
        }
        program.append("import boto3\n\n");
        List<String> client = new ArrayList<>();
        client.add(literal("dynamodb"));
        client.add("region_name=" + literal(target.region()));
        if (target.endpoint() != null) {
            client.add("endpoint_url=" + literal(target.endpoint().toString()));
        }
        String factory = target.profile() == null ? "boto3" : "boto3.Session(profile_name=" + literal(target.profile()) + ")";
        program.append("client = ").append(factory).append(".client(").append(String.join(", ", client)).append(")\n");
        return program.append(body).toString();
    }

    private static void readArguments(SnippetRequest.Read read, List<String> arguments) {
        ScriptValues.readFields(read, SYNTAX, "        ").forEach(field -> arguments.add(field[0] + "=" + field[1]));
    }

    private static String argumentLines(List<String> arguments) {
        return arguments.stream().map(argument -> ARGUMENT_INDENT + argument + ",\n").collect(Collectors.joining());
    }

    /** A double-quoted Python string; other control characters as unicode escapes. */
    static String literal(String text) {
        return ScriptValues.quoted(text, c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
                ? String.format("\\u%04x", c) : null);
    }

}
