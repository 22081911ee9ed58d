package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableDetails;
import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.TableInfo;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** A table's keys, indexes, size and settings, as the app's info view shows them. */
@Command(name = "describe", description = "Show a table's keys, indexes, size and settings.")
final class DescribeCommand implements Runnable {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "TABLE", description = "The table's name.")
    String table;

    @Override
    public void run() {
        try (CliConnection connection = cli.open()) {
            print(connection.services().describer().describe(table),
                    connection.services().operations().read(table), cli.environment().out());
        }
    }

    static void print(TableDetails details, dev.dynamodesk.dynamo.ops.OperationsState operations, PrintStream out) {
        TableInfo info = details.info();
        Table facts = new Table("Table", info.name());
        facts.row("Status", details.status());
        facts.row("Partition key", info.partitionKey().label());
        facts.row("Sort key", info.sortKey() == null ? "-" : info.sortKey().label());
        facts.row("Items", String.format("%,d (DynamoDB's estimate, updated about every six hours)", details.itemCount()));
        facts.row("Size", String.format("%,d bytes", details.sizeBytes()));
        facts.row("Billing", details.billingMode() + (details.readCapacity() == null ? ""
                : " (read " + details.readCapacity() + ", write " + details.writeCapacity() + ")"));
        facts.row("Created", String.valueOf(details.created()));
        facts.row("ARN", String.valueOf(details.arn()));
        dev.dynamodesk.dynamo.ops.OperationsText.lines(operations).forEach(facts::row);
        facts.print(out);
        if (!details.indexes().isEmpty()) {
            out.println();
            Table indexes = new Table("INDEX", "KIND", "PARTITION KEY", "SORT KEY", "PROJECTION", "STATUS", "CAPACITY");
            for (TableDetails.IndexDetails index : details.indexes()) {
                IndexInfo schema = details.schemaOf(index);
                indexes.row(index.name(), index.global() ? "global" : "local", IndexInfo.label(schema.partitionKeys()),
                        schema.sortKeys().isEmpty() ? "-" : IndexInfo.label(schema.sortKeys()),
                        index.projection() + (index.projectedAttributes().isEmpty() ? "" : " " + index.projectedAttributes()),
                        index.status() == null ? "-" : index.status(), capacity(index));
            }
            indexes.print(out);
        }
    }

    /** A global index's own provisioned capacity; a local index shares the table's. */
    private static String capacity(TableDetails.IndexDetails index) {
        if (!index.global()) {
            return "the table's";
        }
        return index.readCapacity() == null || index.readCapacity() == 0 && index.writeCapacity() == 0 ? "on demand"
                : "read " + index.readCapacity() + ", write " + index.writeCapacity();
    }
}
