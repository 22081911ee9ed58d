package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.bulk.BulkChanges;
import dev.dynamodesk.dynamo.bulk.BulkOutcome;
import dev.dynamodesk.dynamo.bulk.BulkProgress;
import dev.dynamodesk.dynamo.bulk.BulkSettings;
import dev.dynamodesk.dynamo.bulk.BulkTally;
import dev.dynamodesk.dynamo.bulk.DryRunReport;
import dev.dynamodesk.dynamo.bulk.ItemSource;
import dev.dynamodesk.dynamo.bulk.JournalHeader;
import dev.dynamodesk.dynamo.bulk.JournalReader;
import dev.dynamodesk.dynamo.bulk.ResumePoint;
import dev.dynamodesk.dynamo.bulk.RunControl;
import dev.dynamodesk.dynamo.bulk.WriteRate;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.change.ChangeSet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * What update and delete share: which items (a scan with filters, or a query by key), a dry run
 * printed first, the typed confirmation, the run with its journal, and the summary line.
 */
abstract class BulkCommand implements Runnable {
    /** Past this many writes, as on a production connection, the table's name must be typed (or --yes given). */
    static final int CONFIRM_OVER = 100;

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The table's name.")
    String table;

    @Option(names = "--where", paramLabel = "CONDITION", description = "Only items that match, repeatable; as for scan.")
    List<String> where = new ArrayList<>();

    @Option(names = "--key", paramLabel = "VALUE", description = "Only the items with this partition key value (a query);"
            + " NAME=VALUE works too; repeat it for a key of several attributes, as for query.")
    List<String> keys = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "CONDITION", description = "With --key: the sort key condition, as for query (repeatable).")
    List<String> sorts = new ArrayList<>();

    @Option(names = "--index", paramLabel = "INDEX", description = "Find the items through this index (each is read again whole from the table).")
    String index;

    @Option(names = "--dry-run", description = "Only say what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--rate", paramLabel = "N", description = "At most N writes a second, or N% of the table's provisioned write"
            + " capacity (default: as fast as the table takes them).")
    String rate;

    @Option(names = "--resume", paramLabel = "JOURNAL", description = "Continue the run this journal records (the same change"
            + " on the same table): items it already changed are not written again.")
    Path resume;

    @Option(names = "--yes", description = "Do not ask for the table's name (production connections, or over 100 items).")
    boolean yes;

    /** The change every item gets. */
    abstract ChangeSet changes();

    abstract String kind();

    @Override
    public void run() {
        if (!sorts.isEmpty() && keys.isEmpty()) {
            throw CliFailure.usage("--sort needs --key");
        }
        WriteRate writeRate = rate(rate);
        ChangeSet changes = changes();
        CliEnvironment environment = cli.environment();
        try (CliConnection connection = cli.openForBulk()) {
            if (!dryRun && connection.readOnly()) {
                // Before any request: the guard would refuse the writes, but nothing should be read for them either.
                connection.services().guard().check((changes.deletesItems() ? "delete items from " : "change items in ") + table);
            }
            TableInfo info = connection.services().tables().describe(table);
            QueryPlan plan = plan(info);
            BulkChanges bulk = connection.services().bulk();
            ItemSource source = bulk.source(plan, info, BulkSettings.DEFAULT_SEGMENTS);
            ResumePoint resumed = resumePoint(changes);
            try (StopOnInterrupt stop = StopOnInterrupt.install(environment, "Stopped")) {
                DryRunReport report = bulk.dryRun(source, info, changes, stop::requested, progress -> {
                }, resumed);
                BulkReports.print(report, environment.err());
                if (dryRun || stop.requested()) {
                    exit(report.refused() == 0 && !stop.requested(), "dry run: " + report.summary());
                    return;
                }
                if (report.writes() == 0) {
                    environment.err().println("Nothing to " + (changes.deletesItems() ? "delete." : "change."));
                }
                Confirmation.require(environment, connection.profile(), table, report.writes(), yes,
                        (changes.deletesItems() ? "delete " : "change ") + String.format("%,d", report.writes())
                                + (report.writes() == 1 ? " item" : " items"));
                BulkSettings settings = settings(writeRate, report.unitsPerWrite(), connection, table);
                RunControl control = new RunControl();
                stop.onRequest(control::stop);
                JournalHeader header = new JournalHeader(kind(), table, connection.profile().name(),
                        connection.profile().endpoint() == null ? null : connection.profile().endpoint().toString(),
                        connection.profile().region(), Instant.now(), changes.describe(),
                        describeSource() + (resumed == null ? "" : " (resuming " + resumed.journal() + ")"), null);
                ProgressLine line = new ProgressLine(environment);
                BulkOutcome outcome = bulk.run(source, info, changes, header, journals(environment, connection), settings, control,
                        progress(environment, line, report.read()), resumed);
                line.done();
                finish(environment, outcome);
            }
        }
    }

    /** The run {@code --resume} names, checked to be the same change on the same table; null for a new run. */
    private ResumePoint resumePoint(ChangeSet changes) {
        if (resume == null) {
            return null;
        }
        if (!java.nio.file.Files.isRegularFile(resume)) {
            throw CliFailure.usage("There is no journal " + resume);
        }
        JournalReader journal;
        try {
            journal = JournalReader.open(resume);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
        JournalHeader earlier = journal.header();
        if (!earlier.table().equals(table) || !earlier.kind().equals(kind()) || !earlier.changes().equals(changes.describe())) {
            throw CliFailure.usage("--resume: " + resume.getFileName() + " records " + earlier.kind() + " of " + earlier.table()
                    + " (" + String.join("; ", earlier.changes()) + "), not this change; give the same changes and table");
        }
        ResumePoint point = ResumePoint.of(journal);
        cli.environment().err().println("Resuming: " + point.describe());
        return point;
    }

    static WriteRate rate(String text) {
        try {
            return WriteRate.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--rate: " + e.getMessage());
        }
    }

    /** The run's settings at {@code rate} (a share of the capacity asks the table for it). */
    static BulkSettings settings(WriteRate rate, double unitsPerWrite, CliConnection connection, String table) {
        try {
            return BulkSettings.defaults().withRate(rate.writesPerSecond(unitsPerWrite,
                    () -> connection.services().describer().describe(table).writeCapacity()));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--rate " + rate.describe() + ": " + e.getMessage());
        }
    }

    static BulkProgress progress(CliEnvironment environment, ProgressLine line, long expected) {
        return new BulkProgress() {
            @Override
            public void journalStarted(Path file) {
                environment.err().println("Journal: " + file);
            }

            @Override
            public void counts(BulkTally.Counts counts) {
                line.show(counts.done(), expected, counts.summary());
            }
        };
    }

    static void finish(CliEnvironment environment, BulkOutcome outcome) {
        BulkReports.printListed(outcome, environment.err());
        environment.err().println(outcome.counts().summary());
        if (outcome.stoppedBecause() != null) {
            throw CliFailure.error(outcome.stoppedBecause());
        }
        exit(outcome.clean(), outcome.stopped() ? "stopped before the end; the journal " + outcome.journal() + " has what was done"
                : "some items were skipped or failed; the journal " + outcome.journal() + " lists them");
    }

    static void exit(boolean clean, String why) {
        if (!clean) {
            throw CliFailure.error(why);
        }
    }

    static Path journals(CliEnvironment environment, CliConnection connection) {
        return dev.dynamodesk.dynamo.bulk.JournalFolders.of(environment.directories().dataDir().resolve("journals"),
                connection.profile().name());
    }

    private QueryPlan plan(TableInfo info) {
        ItemQuery base = ItemQuery.scanAll(table).onIndex(index);
        if (!keys.isEmpty()) {
            base = KeyArguments.partitionQuery(base, info, index, keys, sorts, false);
        }
        List<FilterClause> filter = TypedArguments.conditions("--where", where, info);
        try {
            return QueryPlan.of(base.withFilter(filter), info);
        } catch (InvalidQueryException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }

    private String describeSource() {
        StringBuilder text = new StringBuilder(keys.isEmpty() ? "scan " : "query ").append(table);
        if (index != null) {
            text.append(" index ").append(index);
        }
        text.append(KeyArguments.describe(keys, sorts));
        where.forEach(condition -> text.append(" where ").append(condition));
        return text.toString();
    }
}
