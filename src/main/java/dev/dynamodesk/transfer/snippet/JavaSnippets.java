package dev.dynamodesk.transfer.snippet;

import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A complete Java program (one class, a main method) using the AWS SDK for Java v2's
 * {@code DynamoDbClient}: values built with {@code AttributeValue.fromS/fromN/...}, maps with
 * {@code Map.ofEntries} (so there is no limit of ten), binary decoded from base64.
 */
final class JavaSnippets {
    static final String CLASS_NAME = "DynamoDeskSnippet";

    private JavaSnippets() {
    }

    static String write(SnippetRequest request, SnippetTarget target) {
        List<String> builder = new ArrayList<>();
        String body;
        if (request instanceof SnippetRequest.PutItem put) {
            builder.add(".tableName(" + literal(put.table()) + ")");
            builder.add(".item(" + attributes(put.item().attributes(), "                        ") + ")");
            body = "PutItemResponse response = client.putItem(PutItemRequest.builder()\n" + chain(builder) + ");\n"
                    + "System.out.println(response);\n";
        } else if (request instanceof SnippetRequest.GetItem get) {
            builder.add(".tableName(" + literal(get.table()) + ")");
            builder.add(".key(" + attributes(get.key().attributes(), "                        ") + ")");
            body = "GetItemResponse response = client.getItem(GetItemRequest.builder()\n" + chain(builder) + ");\n"
                    + "System.out.println(response.item());\n";
        } else if (request instanceof SnippetRequest.Read read) {
            readBuilder(read, builder);
            String type = read.query() ? "Query" : "Scan";
            body = type + "Request request = " + type + "Request.builder()\n" + chain(builder) + ";\n"
                    + "client." + (read.query() ? "query" : "scan") + "Paginator(request).items().forEach(System.out::println);\n";
        } else {
            SnippetRequest.Statement statement = (SnippetRequest.Statement) request;
            String parameters = statement.parameters().isEmpty() ? ""
                    : "                .parameters(List.of(" + statement.parameters().stream().map(JavaSnippets::value)
                    .collect(Collectors.joining(", ")) + "))\n";
            body = "String nextToken = null;\n"
                    + "do {\n"
                    + "    ExecuteStatementResponse page = client.executeStatement(ExecuteStatementRequest.builder()\n"
                    + "            .statement(" + literal(statement.text()) + ")\n"
                    + parameters.replace("                .", "            .")
                    + "            .nextToken(nextToken)\n"
                    + "            .build());\n"
                    + "    page.items().forEach(System.out::println);\n"
                    + "    nextToken = page.nextToken();\n"
                    + "} while (nextToken != null);\n";
        }
        StringBuilder client = new StringBuilder("DynamoDbClient.builder()\n                .region(Region.of(")
                .append(literal(target.region())).append("))");
        if (target.endpoint() != null) {
            client.append("\n                .endpointOverride(URI.create(").append(literal(target.endpoint().toString())).append("))");
        }
        if (target.profile() != null) {
            client.append("\n                .credentialsProvider(ProfileCredentialsProvider.create(")
                    .append(literal(target.profile())).append("))");
        }
        client.append("\n                .build()");
        return "import java.net.URI;\n"
                + "import java.util.Base64;\n"
                + "import java.util.List;\n"
                + "import java.util.Map;\n"
                + "import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;\n"
                + "import software.amazon.awssdk.core.SdkBytes;\n"
                + "import software.amazon.awssdk.regions.Region;\n"
                + "import software.amazon.awssdk.services.dynamodb.DynamoDbClient;\n"
                + "import software.amazon.awssdk.services.dynamodb.model.*;\n\n"
                + "public class " + CLASS_NAME + " {\n"
                + "    public static void main(String[] args) {\n"
                + "        try (DynamoDbClient client = " + client + ") {\n"
                + indent(body, "            ")
                + "        }\n"
                + "    }\n"
                + "}\n";
    }

    private static void readBuilder(SnippetRequest.Read read, List<String> builder) {
        builder.add(".tableName(" + literal(read.table()) + ")");
        if (read.index() != null) {
            builder.add(".indexName(" + literal(read.index()) + ")");
        }
        if (read.keyCondition() != null) {
            builder.add(".keyConditionExpression(" + literal(read.keyCondition()) + ")");
        }
        if (read.filter() != null) {
            builder.add(".filterExpression(" + literal(read.filter()) + ")");
        }
        if (read.projection() != null) {
            builder.add(".projectionExpression(" + literal(read.projection()) + ")");
        }
        if (!read.names().isEmpty()) {
            builder.add(".expressionAttributeNames(Map.ofEntries(" + new TreeMap<>(read.names()).entrySet().stream()
                    .map(entry -> "Map.entry(" + literal(entry.getKey()) + ", " + literal(entry.getValue()) + ")")
                    .collect(Collectors.joining(", ")) + "))");
        }
        if (!read.values().isEmpty()) {
            builder.add(".expressionAttributeValues(" + attributes(new TreeMap<>(read.values()), "                        ") + ")");
        }
        if (read.consistentRead()) {
            builder.add(".consistentRead(true)");
        }
        if (read.descending()) {
            builder.add(".scanIndexForward(false)");
        }
    }

    private static String chain(List<String> calls) {
        return calls.stream().map(call -> "        " + call + "\n").collect(Collectors.joining()) + "        .build()";
    }

    private static String indent(String text, String indent) {
        return text.lines().map(line -> indent + line + "\n").collect(Collectors.joining());
    }

    /** Attributes as {@code Map.ofEntries(...)}, one entry per line. */
    private static String attributes(Map<String, DynamoValue> attributes, String indent) {
        if (attributes.isEmpty()) {
            return "Map.of()";
        }
        return "Map.ofEntries(\n" + attributes.entrySet().stream()
                .map(entry -> indent + "Map.entry(" + literal(entry.getKey()) + ", " + value(entry.getValue()) + ")")
                .collect(Collectors.joining(",\n")) + ")";
    }

    static String value(DynamoValue value) {
        if (value instanceof StringValue s) {
            return "AttributeValue.fromS(" + literal(s.value()) + ")";
        }
        if (value instanceof NumberValue n) {
            return "AttributeValue.fromN(" + literal(n.text()) + ")";
        }
        if (value instanceof BinaryValue b) {
            return "AttributeValue.fromB(" + bytes(b) + ")";
        }
        if (value instanceof BoolValue b) {
            return "AttributeValue.fromBool(" + b.value() + ")";
        }
        if (value instanceof NullValue) {
            return "AttributeValue.fromNul(true)";
        }
        if (value instanceof MapValue m) {
            return "AttributeValue.fromM(" + (m.entries().isEmpty() ? "Map.of()" : "Map.ofEntries(" + m.entries().entrySet().stream()
                    .map(entry -> "Map.entry(" + literal(entry.getKey()) + ", " + value(entry.getValue()) + ")")
                    .collect(Collectors.joining(", ")) + ")") + ")";
        }
        if (value instanceof ListValue l) {
            return "AttributeValue.fromL(List.of(" + l.elements().stream().map(JavaSnippets::value)
                    .collect(Collectors.joining(", ")) + "))";
        }
        if (value instanceof StringSetValue ss) {
            return "AttributeValue.fromSs(List.of(" + ss.members().stream().map(JavaSnippets::literal)
                    .collect(Collectors.joining(", ")) + "))";
        }
        if (value instanceof NumberSetValue ns) {
            return "AttributeValue.fromNs(List.of(" + ns.members().stream().map(n -> literal(n.text()))
                    .collect(Collectors.joining(", ")) + "))";
        }
        return "AttributeValue.fromBs(List.of(" + ((BinarySetValue) value).members().stream().map(JavaSnippets::bytes)
                .collect(Collectors.joining(", ")) + "))";
    }

    private static String bytes(BinaryValue binary) {
        return "SdkBytes.fromByteArray(Base64.getDecoder().decode(" + literal(binary.toBase64()) + "))";
    }

    /**
     * A Java string literal; other control characters as octal escapes (a unicode escape such as
     * backslash-u-000a would be turned into a line break before the compiler reads the string).
     */
    static String literal(String text) {
        return ScriptValues.quoted(text, c -> c < 0x20 || c == 0x7f ? String.format("\\%03o", c) : null);
    }
}
