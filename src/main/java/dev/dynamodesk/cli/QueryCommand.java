package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.SortKeyCondition;
import dev.dynamodesk.item.DynamoValue;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The items of one partition, optionally narrowed by a sort key condition. */
@Command(name = "query", description = "Print the items with one partition key value (Query), optionally narrowed by the sort key.")
final class QueryCommand extends ItemReadCommand {
    private static final Map<String, Operator> SORT_OPERATORS = Map.of("=", Operator.EQ, "<", Operator.LT,
            "<=", Operator.LE, ">", Operator.GT, ">=", Operator.GE, "between", Operator.BETWEEN,
            "begins_with", Operator.BEGINS_WITH);

    @Option(names = "--key", required = true, paramLabel = "VALUE",
            description = "The partition key's value (typed as the key is), or NAME=VALUE.")
    String key;

    @Option(names = "--sort", paramLabel = "CONDITION",
            description = "The sort key condition: '= V', '< V', '<= V', '> V', '>= V', 'between A and B', 'begins_with P'.")
    String sort;

    @Option(names = "--descending", description = "Newest (highest sort key) first.")
    boolean descending;

    @Override
    ItemQuery query(ItemQuery base, TableInfo info) {
        return partitionQuery(base, info, index, key, sort, descending);
    }

    /** The items of one partition of the table or {@code index}, narrowed by a sort key condition (null: none). */
    static ItemQuery partitionQuery(ItemQuery base, TableInfo info, String index, String key, String sort, boolean descending) {
        KeyAttribute partition = info.partitionKey();
        KeyAttribute sortKey = info.sortKey();
        if (index != null) {
            IndexInfo chosen = info.indexes().stream().filter(i -> i.name().equals(index)).findFirst()
                    .orElseThrow(() -> CliFailure.usage(info.name() + " has no index " + index));
            partition = chosen.partitionKey();
            sortKey = chosen.sortKey();
        }
        String value = key;
        if (key.startsWith(partition.name() + "=")) {
            value = key.substring(partition.name().length() + 1);
        }
        DynamoValue partitionValue = TypedArguments.value(value, partition.type());
        SortKeyCondition condition = null;
        if (sort != null) {
            if (sortKey == null) {
                throw CliFailure.usage((index == null ? info.name() : index) + " has no sort key: leave out --sort");
            }
            condition = sortCondition(sort, sortKey);
        }
        return base.withPartition(partitionValue, condition).withOrder(descending, false);
    }

    private static SortKeyCondition sortCondition(String text, KeyAttribute sortKey) {
        String[] parts = text.strip().split("\\s+", 2);
        Operator operator = SORT_OPERATORS.get(parts[0].toLowerCase(Locale.ROOT));
        if (operator == null || parts.length < 2) {
            throw CliFailure.usage("--sort '" + text + "' is not OPERATOR VALUE; operators: =, <, <=, >, >=, "
                    + "between A and B, begins_with P");
        }
        if (operator == Operator.BETWEEN) {
            String[] bounds = parts[1].split("(?i)\\s+and\\s+", 2);
            if (bounds.length != 2) {
                throw CliFailure.usage("--sort '" + text + "': write between LOW and HIGH");
            }
            return SortKeyCondition.of(operator, TypedArguments.value(bounds[0].strip(), sortKey.type()),
                    TypedArguments.value(bounds[1].strip(), sortKey.type()));
        }
        return SortKeyCondition.of(operator, TypedArguments.value(parts[1], sortKey.type()));
    }
}
