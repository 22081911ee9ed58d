package dev.dynamodesk.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The reference: what a table holds, read with the SDK's own paginators, and what an exported file
 * holds, read with Jackson. None of the app's reading or parsing code is used.
 */
public final class ReferenceReader {
    /** Exact numbers: a double would round them. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private ReferenceReader() {
    }

    /** Every item of a table, by the SDK's scan paginator (pages of 1,000: DynamoDB Local is quadratic without a limit). */
    public static List<Map<String, Typed>> scan(DynamoDbClient client, String table) {
        return scan(client, table, request -> request);
    }

    /** The items a scan returns, the request adjusted by {@code adjust} (a filter, an index). */
    public static List<Map<String, Typed>> scan(DynamoDbClient client, String table, UnaryOperator<ScanRequest.Builder> adjust) {
        List<Map<String, Typed>> items = new ArrayList<>();
        ScanRequest request = adjust.apply(ScanRequest.builder().tableName(table).limit(1_000)).build();
        for (Map<String, AttributeValue> item : client.scanPaginator(request).items()) {
            items.add(Typed.item(item));
        }
        return items;
    }

    /** The items a query returns, by the SDK's query paginator. */
    public static List<Map<String, Typed>> query(DynamoDbClient client, QueryRequest request) {
        List<Map<String, Typed>> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : client.queryPaginator(request).items()) {
            items.add(Typed.item(item));
        }
        return items;
    }

    /** The items of a DynamoDB JSON lines file ({@code {"Item": {...}}} per line). */
    public static List<Map<String, Typed>> dynamoJsonLines(Path file) throws IOException {
        List<Map<String, Typed>> items = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) {
                    throw new IOException("A blank line in " + file);
                }
                JsonNode node = JSON.readTree(line);
                if (node.size() != 1 || !node.has("Item")) {
                    throw new IOException("Not an {\"Item\": …} line: " + line);
                }
                items.add(Typed.dynamoJsonItem(node.get("Item")));
            }
        }
        return items;
    }

    /** The plain objects of a JSON lines file. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> plainJsonLines(Path file) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                items.add((Map<String, Object>) Typed.ofPlainJson(JSON.readTree(line)));
            }
        }
        return items;
    }

    /** The plain objects of a JSON array file. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> plainJsonArray(Path file) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        JsonNode array = JSON.readTree(file.toFile());
        if (!array.isArray()) {
            throw new IOException(file + " is not a JSON array");
        }
        array.forEach(node -> items.add((Map<String, Object>) Typed.ofPlainJson(node)));
        return items;
    }
}
