package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The items of one partition, optionally narrowed by sort key conditions. */
@Command(name = "query", description = "Print the items with one partition key value (Query), optionally narrowed by the sort key.")
final class QueryCommand extends ItemReadCommand {
    @Option(names = "--key", required = true, paramLabel = "VALUE",
            description = "The partition key's value (typed as the key is), or NAME=VALUE. Repeat it for an index keyed on"
                    + " several attributes: in key order, or each as NAME=VALUE.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "CONDITION",
            description = "The sort key condition: '= V', '< V', '<= V', '> V', '>= V', 'between A and B', 'begins_with P',"
                    + " optionally after the attribute's name ('round = 3'). Repeat it for a sort key of several attributes:"
                    + " = on each but the last, in key order.")
    List<String> sorts = new ArrayList<>();

    @Option(names = "--descending", description = "Newest (highest sort key) first.")
    boolean descending;

    @Override
    ItemQuery query(ItemQuery base, TableInfo info) {
        return KeyArguments.partitionQuery(base, info, index, keys, sorts, descending);
    }
}
