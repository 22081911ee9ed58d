package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.bulk.BulkOutcome;
import dev.dynamodesk.dynamo.bulk.JournalHeader;
import dev.dynamodesk.dynamo.bulk.JournalReader;
import dev.dynamodesk.dynamo.bulk.Reverter;
import dev.dynamodesk.dynamo.bulk.RunControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Undoes a bulk run from its journal, sparing items changed since. */
@Command(name = "revert", description = "Undo an update or delete from its journal: each item back to how the run found it, only"
        + " if it still holds what the run wrote.")
final class RevertCommand implements Runnable {
    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "JOURNAL", description = "The journal the run printed.")
    Path journalFile;

    @Option(names = "--dry-run", description = "Only say what would be reverted; write nothing.")
    boolean dryRun;

    @Option(names = "--rate", paramLabel = "N", description = "At most N writes a second, or N% of the table's provisioned write"
            + " capacity.")
    String rate;

    @Option(names = "--yes", description = "Do not ask for the table's name (production connections, or over 100 items).")
    boolean yes;

    @Override
    public void run() {
        if (!Files.isRegularFile(journalFile)) {
            throw CliFailure.usage("There is no journal " + journalFile);
        }
        JournalReader journal;
        try {
            journal = JournalReader.open(journalFile);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
        String table = journal.header().table();
        dev.dynamodesk.dynamo.bulk.WriteRate writeRate = BulkCommand.rate(rate);
        CliEnvironment environment = cli.environment();
        try (CliConnection connection = cli.openForBulk()) {
            if (!dryRun && connection.readOnly()) {
                connection.services().guard().check("revert changes to " + table);
            }
            TableInfo info = connection.services().tables().describe(table);
            Reverter reverter = connection.services().bulk().reverter();
            try (StopOnInterrupt stop = StopOnInterrupt.install(environment, "Stopped")) {
                Reverter.Preview preview = reverter.preview(journal, info, stop::requested);
                environment.err().println("Dry run: " + preview.summary());
                if (dryRun || stop.requested()) {
                    BulkCommand.exit(preview.changedSince() == 0, "dry run: " + preview.summary());
                    return;
                }
                Confirmation.require(environment, connection.profile(), table, preview.wouldRevert(), yes,
                        String.format("revert %,d items", preview.wouldRevert()));
                RunControl control = new RunControl();
                stop.onRequest(control::stop);
                JournalHeader header = new JournalHeader(JournalHeader.REVERT, table, connection.profile().name(),
                        connection.profile().endpoint() == null ? null : connection.profile().endpoint().toString(),
                        connection.profile().region(), Instant.now(), journal.header().changes(), journal.header().source(),
                        journalFile.toAbsolutePath().toString());
                ProgressLine line = new ProgressLine(environment);
                BulkOutcome outcome = reverter.revert(journal, info, header, BulkCommand.journals(environment, connection),
                        BulkCommand.settings(writeRate, 1, connection, table), control, BulkCommand.progress(environment, line,
                                preview.wouldRevert() + preview.alreadyAsBefore() + preview.changedSince()));
                line.done();
                BulkCommand.finish(environment, outcome);
            }
        }
    }
}
