package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.partiql.BoundStatement;
import dev.dynamodesk.dynamo.partiql.FullScanCheck;
import dev.dynamodesk.dynamo.partiql.PartiqlException;
import dev.dynamodesk.dynamo.partiql.PartiqlScript;
import dev.dynamodesk.dynamo.partiql.ScriptStatement;
import dev.dynamodesk.dynamo.partiql.StatementResult;
import dev.dynamodesk.dynamo.partiql.StatementShape;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.transfer.ItemWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * PartiQL statements, one after the other (separated by ';'); stops at the first that fails. A
 * SELECT's items go to standard output, every page; a write prints how many items it changed.
 */
@Command(name = "sql", description = "Run PartiQL statements (separated by ';'). SELECT prints items; writes print what changed.")
final class SqlCommand implements Runnable {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "STATEMENT", description = "e.g. \"SELECT * FROM Orders WHERE customer = ?\"")
    String script;

    @Option(names = "--param", paramLabel = "VALUE",
            description = "A value for the next '?', repeatable, in order: S:text, N:42, B:base64, BOOL:true, NULL, "
                    + "DynamoDB JSON such as {\"SS\":[\"a\"]}; untyped numbers are N, other text S.")
    List<String> params = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "At most N items from each SELECT.")
    Long limit;

    @picocli.CommandLine.Mixin
    FormatOption output = new FormatOption();

    @Override
    public void run() {
        List<ScriptStatement> statements = PartiqlScript.statements(script);
        if (statements.isEmpty()) {
            throw CliFailure.usage("There is no statement to run");
        }
        List<DynamoValue> values = params.stream().map(text -> TypedArguments.value(text, null)).toList();
        int wantedParameters = statements.stream().mapToInt(statement -> StatementShape.of(statement.text()).parameterCount()).sum();
        if (wantedParameters != values.size()) {
            throw CliFailure.usage("The statements have " + wantedParameters + " '?' but " + values.size() + " --param were given");
        }
        try (CliConnection connection = cli.open()) {
            int used = 0;
            for (ScriptStatement statement : statements) {
                int count = StatementShape.of(statement.text()).parameterCount();
                BoundStatement bound = new BoundStatement(statement.text(), values.subList(used, used + count));
                used += count;
                try {
                    run(connection, bound, statements.size() > 1);
                } catch (PartiqlException e) {
                    throw CliFailure.error((statements.size() > 1 ? "in \"" + abbreviate(statement.text()) + "\": " : "")
                            + e.getMessage());
                }
            }
        }
    }

    private void run(CliConnection connection, BoundStatement statement, boolean several) {
        StatementShape shape = statement.shape();
        if (shape.kind() != StatementShape.Kind.SELECT) {
            StatementResult result = connection.services().partiql().execute(statement, null, 1, () -> false);
            cli.environment().out().println(result.summary());
            return;
        }
        TableInfo table = describe(connection, shape);
        warnOfFullScan(table, shape);
        try (ItemWriter writer = ItemOutput.open(output.format, cli.environment().out(), table == null ? List.of() : table.keyNames())) {
            long left = limit == null ? Long.MAX_VALUE : limit;
            String next = null;
            do {
                int wanted = (int) Math.min(left, 1_000);
                StatementResult page = connection.services().partiql().execute(statement, next, wanted, () -> false);
                for (Item item : page.items().subList(0, (int) Math.min(page.items().size(), left))) {
                    writer.write(item);
                    left--;
                }
                next = page.nextToken();
            } while (left > 0 && next != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Said on stderr, so it does not mix with the items; the statement still runs, as asked. */
    private void warnOfFullScan(TableInfo table, StatementShape shape) {
        if (table == null) {
            return;
        }
        FullScanCheck.Result check = FullScanCheck.check(shape, dev.dynamodesk.dynamo.partiql.TableSchemas.partitionKeys(table, shape));
        if (check.verdict() == FullScanCheck.Verdict.FULL_SCAN) {
            cli.environment().err().println("dynamodesk sql: note: this SELECT reads the whole of " + table.name()
                    + " (" + check.reason() + ")");
        }
    }

    private static TableInfo describe(CliConnection connection, StatementShape shape) {
        if (shape.table() == null) {
            return null;
        }
        try {
            return connection.services().tables().describe(shape.table().name());
        } catch (RuntimeException e) {
            return null; // the statement itself will say what is wrong
        }
    }

    private static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…";
    }
}
