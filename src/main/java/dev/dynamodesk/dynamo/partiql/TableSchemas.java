package dev.dynamodesk.dynamo.partiql;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.TableService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * What the console knows about a connection's tables: their keys and indexes (to judge full
 * scans and complete index names) and attribute names sampled from a few items (to complete
 * attribute names). Loaded on demand, off the FX thread, and kept for the session.
 */
public final class TableSchemas {
    /** Items read to learn a table's attribute names: enough for the common ones, cheap to read. */
    static final int SAMPLE_SIZE = 50;

    private final DynamoDbClient client;
    private final TableService tables;
    private final Map<String, TableInfo> infos = new ConcurrentHashMap<>();
    private final Map<String, List<String>> attributes = new ConcurrentHashMap<>();

    public TableSchemas(DynamoDbClient client, TableService tables) {
        this.client = client;
        this.tables = tables;
    }

    /** The table's description, read once; empty when there is no such table. Blocking. */
    public Optional<TableInfo> info(String table) {
        TableInfo known = infos.get(table);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            TableInfo info = tables.describe(table);
            infos.put(table, info);
            return Optional.of(info);
        } catch (ResourceNotFoundException missing) {
            return Optional.empty();
        }
    }

    public Optional<TableInfo> cachedInfo(String table) {
        return Optional.ofNullable(infos.get(table));
    }

    /** The partition-key attributes a statement's table or index is read by (several for a multi-attribute key); empty when unknown. Blocking. */
    public List<String> partitionKeysOf(StatementShape shape) {
        if (shape.table() == null) {
            return List.of();
        }
        return info(shape.table().name()).map(info -> partitionKeys(info, shape)).orElse(List.of());
    }

    /** The partition-key attribute names of the table, or of the statement's index. */
    public static List<String> partitionKeys(TableInfo info, StatementShape shape) {
        return info.keysOf(shape.index() == null ? null : shape.index().name())
                .map(keys -> keys.partitionKeys().stream().map(dev.dynamodesk.dynamo.KeyAttribute::name).toList()).orElse(List.of());
    }

    /** Attribute names seen in a sample of the table's items, keys first, the most common next. Blocking. */
    public List<String> attributes(String table) {
        List<String> known = attributes.get(table);
        if (known != null) {
            return known;
        }
        Optional<TableInfo> info = info(table);
        if (info.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Map<String, AttributeValue> item : client.scan(b -> b.tableName(table).limit(SAMPLE_SIZE)).items()) {
            item.keySet().forEach(name -> seen.merge(name, 1, Integer::sum));
        }
        List<String> names = new ArrayList<>(info.get().keyNames());
        for (IndexInfo index : info.get().indexes()) {
            index.partitionKeys().forEach(key -> addOnce(names, key.name()));
            index.sortKeys().forEach(key -> addOnce(names, key.name()));
        }
        seen.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> addOnce(names, entry.getKey()));
        List<String> result = List.copyOf(names);
        attributes.put(table, result);
        return result;
    }

    public List<String> cachedAttributes(String table) {
        return attributes.getOrDefault(table, List.of());
    }

    public List<String> cachedIndexes(String table) {
        return cachedInfo(table).map(info -> info.indexes().stream().map(IndexInfo::name).toList()).orElse(List.of());
    }

    /** Forgets everything (tables were created, changed or deleted). */
    public void forget() {
        infos.clear();
        attributes.clear();
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }
}
