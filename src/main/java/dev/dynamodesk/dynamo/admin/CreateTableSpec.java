package dev.dynamodesk.dynamo.admin;

import dev.dynamodesk.dynamo.KeyAttribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the create-table dialog collects, checked the way DynamoDB will check it. */
public record CreateTableSpec(String name, KeyAttribute partitionKey, KeyAttribute sortKey, List<IndexSpec> indexes,
                              Capacity capacity, String timeToLiveAttribute) {
    public CreateTableSpec {
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        capacity = capacity == null ? Capacity.ON_DEMAND : capacity;
        timeToLiveAttribute = timeToLiveAttribute == null || timeToLiveAttribute.isBlank() ? null : timeToLiveAttribute.strip();
    }

    /** What DynamoDB would refuse, one sentence each; empty when the table can be created. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        TableNames.tableNameProblem(name).ifPresent(problems::add);
        if (partitionKey == null || partitionKey.name().isBlank()) {
            problems.add("Name the partition key.");
        }
        if (sortKey != null && partitionKey != null && sortKey.name().equals(partitionKey.name())) {
            problems.add("The sort key must differ from the partition key.");
        }
        if (!capacity.onDemand() && (capacity.readUnits() < 1 || capacity.writeUnits() < 1)) {
            problems.add("Provisioned capacity needs at least 1 read and 1 write unit.");
        }
        Set<String> indexNames = new HashSet<>();
        int locals = 0;
        int globals = 0;
        for (IndexSpec index : indexes) {
            TableNames.indexNameProblem(index.name()).ifPresent(problems::add);
            String called = index.name() == null || index.name().isBlank() ? "" : " " + index.name();
            if (!indexNames.add(index.name())) {
                problems.add("Two indexes are named " + index.name() + ".");
            }
            if (index.global()) {
                globals++;
                if (index.partitionKey() == null || index.partitionKey().name().isBlank()) {
                    problems.add("The global index" + called + " needs a partition key.");
                }
            } else {
                locals++;
                if (sortKey == null) {
                    problems.add("A local index" + called + " needs a table with a sort key.");
                }
                if (index.sortKey() == null || index.sortKey().name().isBlank()) {
                    problems.add("The local index" + called + " needs a sort key.");
                }
            }
            problems.addAll(multiAttributeKeyProblems(index, called));
            if (index.projection() == IndexSpec.Projection.INCLUDE && index.nonKeyAttributes().isEmpty()) {
                problems.add("The index" + called + " projects INCLUDE: name the attributes to include.");
            }
        }
        if (locals > 5) {
            problems.add("A table can have at most 5 local indexes.");
        }
        if (globals > 20) {
            problems.add("A table can have at most 20 global indexes.");
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (KeyAttribute key : keyAttributes()) {
            String previous = types.putIfAbsent(key.name(), key.type().name());
            if (previous != null && !previous.equals(key.type().name())) {
                problems.add("The attribute " + key.name() + " is used as a key with two types (" + previous + " and "
                        + key.type().name() + ").");
            }
        }
        return problems;
    }

    /** Every key attribute of the table and its indexes (each needs an attribute definition). */
    public List<KeyAttribute> keyAttributes() {
        List<KeyAttribute> keys = new ArrayList<>();
        addIfNamed(keys, partitionKey);
        addIfNamed(keys, sortKey);
        for (IndexSpec index : indexes) {
            index.partitionKeys().forEach(key -> addIfNamed(keys, key));
            index.sortKeys().forEach(key -> addIfNamed(keys, key));
        }
        return keys;
    }

    /**
     * What DynamoDB refuses in a key of several attributes: more than four of a kind, one left
     * unnamed, an attribute twice, or several on a local index (only global indexes have them).
     */
    public static List<String> multiAttributeKeyProblems(IndexSpec index, String called) {
        List<String> problems = new ArrayList<>();
        if (!index.global() && (!index.morePartitionKeys().isEmpty() || !index.moreSortKeys().isEmpty())) {
            problems.add("The local index" + called + " cannot have a key of several attributes; only global indexes can.");
        }
        if (index.partitionKeys().size() > IndexSpec.MAX_KEY_ATTRIBUTES) {
            problems.add("The index" + called + " has " + index.partitionKeys().size() + " partition-key attributes; at most "
                    + IndexSpec.MAX_KEY_ATTRIBUTES + " are allowed.");
        }
        if (index.sortKeys().size() > IndexSpec.MAX_KEY_ATTRIBUTES) {
            problems.add("The index" + called + " has " + index.sortKeys().size() + " sort-key attributes; at most "
                    + IndexSpec.MAX_KEY_ATTRIBUTES + " are allowed.");
        }
        List<KeyAttribute> all = new ArrayList<>(index.morePartitionKeys());
        all.addAll(index.moreSortKeys());
        if (all.stream().anyMatch(key -> key == null || key.name().isBlank())) {
            problems.add("Name every key attribute of the index" + called + ", or remove the empty one.");
        }
        Set<String> seen = new HashSet<>();
        List<KeyAttribute> keys = new ArrayList<>(index.partitionKeys());
        keys.addAll(index.sortKeys());
        for (KeyAttribute key : keys) {
            if (key != null && !key.name().isBlank() && !seen.add(key.name())) {
                problems.add("The index" + called + " names " + key.name() + " twice in its key; each attribute may be used once.");
            }
        }
        return problems;
    }

    private static void addIfNamed(List<KeyAttribute> keys, KeyAttribute key) {
        if (key != null && !key.name().isBlank()) {
            keys.add(key);
        }
    }
}
