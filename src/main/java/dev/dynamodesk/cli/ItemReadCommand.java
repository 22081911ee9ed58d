package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.AttributePath;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.transfer.Exporter;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** What scan and query share: the table, filters, projection, limit and the output format. */
abstract class ItemReadCommand implements Runnable {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The table's name.")
    String table;

    @Option(names = "--index", paramLabel = "INDEX", description = "Read a secondary index instead of the table.")
    String index;

    @Option(names = "--where", paramLabel = "CONDITION",
            description = "A filter, repeatable (all must hold): 'PATH OPERATOR VALUE', e.g. 'status = active', "
                    + "'age >= 21', 'name begins_with A', 'n between 1 and 5', 'kind in a,b', 'email exists'. "
                    + "Values: N:42, S:42, B:base64, BOOL:true, NULL, or DynamoDB JSON; untyped numbers are N.")
    List<String> where = new ArrayList<>();

    @Option(names = "--attributes", split = ",", paramLabel = "PATH", description = "Only these attributes (comma-separated paths).")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "At most N items.")
    Long limit;

    @Option(names = "--consistent", description = "Strongly consistent reads (not on a global index).")
    boolean consistent;

    @picocli.CommandLine.Mixin
    FormatOption output = new FormatOption();

    /** The query or scan asked for, on top of {@code base} (the table and index). */
    abstract ItemQuery query(ItemQuery base, TableInfo info);

    /** Parallel scan segments (1 for a query). */
    int segments() {
        return 1;
    }

    @Override
    public void run() {
        if (limit != null && limit < 1) {
            throw CliFailure.usage("--limit must be at least 1");
        }
        try (CliConnection connection = cli.open()) {
            TableInfo info = connection.services().tables().describe(table);
            ItemQuery base = ItemQuery.scanAll(table).onIndex(index);
            List<FilterClause> filter = TypedArguments.conditions("--where", where, info);
            ItemQuery query = query(base, info).withFilter(filter)
                    .withProjection(attributes.stream().map(AttributePath::parse).toList());
            query = query.withOrder(query.descending(), consistent);
            QueryPlan plan;
            try {
                plan = QueryPlan.of(query, info);
            } catch (InvalidQueryException e) {
                throw CliFailure.usage(e.getMessage());
            }
            print(cli, connection, plan, info, output.format, limit, segments());
        }
    }

    /** Every item {@code plan} finds (at most {@code limit}, when given) to standard output in {@code format}. */
    static void print(Cli cli, CliConnection connection, QueryPlan plan, TableInfo info, ExportFormat format, Long limit, int segments) {
        try (ItemWriter writer = ItemOutput.open(format, cli.environment().out(), info.keyNames())) {
            if (limit == null) {
                new Exporter(connection.services().reader()).export(plan, segments, writer, 0, () -> false, progress -> {
                }); // checks that every item read was written, in every segment
            } else {
                readUpTo(connection, plan, writer, limit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readUpTo(CliConnection connection, QueryPlan plan, ItemWriter writer, long limit) throws IOException {
        long left = limit;
        Item startKey = null;
        do {
            int wanted = (int) Math.min(left, 1_000);
            ItemPage page = connection.services().reader().readChunk(plan, startKey, wanted, () -> false);
            for (Item item : page.items().subList(0, (int) Math.min(page.items().size(), left))) {
                writer.write(item);
                left--;
            }
            startKey = page.lastEvaluatedKey();
        } while (left > 0 && startKey != null);
    }
}
