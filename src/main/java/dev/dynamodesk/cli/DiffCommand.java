package dev.dynamodesk.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.compare.CompareResult;
import dev.dynamodesk.dynamo.compare.DifferenceLines;
import dev.dynamodesk.dynamo.compare.TableComparer;
import dev.dynamodesk.dynamo.copy.TableSchemas;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Two tables (or filtered scans of them) on any two connections, compared item by item. */
@Command(name = "diff", description = {"Compare a table with another (on another connection, or another table here), item by"
        + " item by key; --where narrows both sides, --left-where and --right-where one side. Prints 'only-left N, only-right N, different N, same N' on stderr and each difference as a JSON line.",
        "Exit code, as diff's: 0 identical, 1 different, 2 a usage error or a failure."})
final class DiffCommand implements Callable<Integer> {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The left table.")
    String table;

    @Option(names = "--against-profile", paramLabel = "NAME", description = "The right side's connection (as --profile takes it).")
    String againstProfile;

    @Option(names = "--against-endpoint", paramLabel = "URL", description = "The right side's endpoint.")
    String againstEndpoint;

    @Option(names = "--against-region", paramLabel = "REGION", description = "The right side's region.")
    String againstRegion;

    @Option(names = "--against-table", paramLabel = "NAME", description = "The right table (default: the same name).")
    String againstTable;

    @Option(names = "--where", paramLabel = "CONDITION", description = "Only items that match, on both sides, repeatable; as for scan.")
    List<String> where = new ArrayList<>();

    @Option(names = "--left-where", paramLabel = "CONDITION", description = "Only items that match, on the left side only"
            + " (compare a query's results with a table, or two different queries), repeatable.")
    List<String> leftWhere = new ArrayList<>();

    @Option(names = "--right-where", paramLabel = "CONDITION", description = "Only items that match, on the right side only, repeatable.")
    List<String> rightWhere = new ArrayList<>();

    @Option(names = "--segments", paramLabel = "N", description = "Parallel scan segments on each side (default 4).")
    int segments = 4;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the differences to FILE instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        try {
            return compare();
        } catch (CliFailure failure) {
            throw failure.exitCode() == CliFailure.USAGE ? failure : CliFailure.usage(failure.getMessage());
        } catch (RuntimeException failure) {
            throw CliFailure.usage(Cli.message(failure)); // 2, as diff exits on trouble
        }
    }

    private int compare() {
        String rightTable = againstTable == null ? table : againstTable;
        if (againstProfile == null && againstEndpoint == null && rightTable.equals(table)) {
            throw CliFailure.usage("Name the other side: --against-profile, --against-endpoint, or --against-table");
        }
        if (segments < 1 || segments > 1_000_000) {
            throw CliFailure.usage("--segments must be between 1 and 1000000");
        }
        try (CliConnection left = cli.openForBulk();
             CliConnection right = cli.openOther(cli.otherConnection(againstProfile, againstEndpoint, againstRegion));
             OutputStream stream = out == null ? new NoClose(cli.environment().out()) : Files.newOutputStream(out);
             JsonGenerator json = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            TableInfo leftInfo = left.services().tables().describe(table);
            TableInfo rightInfo = right.services().tables().describe(rightTable);
            String mismatch = TableSchemas.keyMismatch(leftInfo, rightInfo);
            if (mismatch != null) {
                throw CliFailure.usage(mismatch.replace(" Items would not land where they belong: nothing was written.",
                        " Items cannot be matched by key."));
            }
            ProgressLine line = new ProgressLine(cli.environment());
            CompareResult result;
            try (StopOnInterrupt stop = StopOnInterrupt.install(cli.environment(), "Comparison stopped")) {
                result = TableComparer.compare(
                        new TableComparer.Side(left.services().reader(), plan(leftInfo, table, "--left-where", leftWhere), segments, left.services().itemsByKey(),
                                leftInfo),
                        new TableComparer.Side(right.services().reader(), plan(rightInfo, rightTable, "--right-where", rightWhere), segments,
                                right.services().itemsByKey(), rightInfo),
                        Math.max(leftInfo.approximateItemCount(), rightInfo.approximateItemCount()),
                        cli.environment().directories().dataDir().resolve("compare"), stop::requested,
                        read -> line.show(read, -1, "items read"), new DifferenceLines(json));
            }
            line.done();
            if (!result.identical()) {
                json.writeRaw('\n');
            }
            json.flush();
            cli.environment().err().println(result.summary());
            return result.identical() ? 0 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private QueryPlan plan(TableInfo info, String name, String sideOption, List<String> sideWhere) {
        List<FilterClause> filter = new ArrayList<>(TypedArguments.conditions("--where", where, info));
        filter.addAll(TypedArguments.conditions(sideOption, sideWhere, info));
        try {
            return QueryPlan.of(ItemQuery.scanAll(name).withFilter(filter), info);
        } catch (InvalidQueryException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }

    /** Standard output, which the command must not close. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
