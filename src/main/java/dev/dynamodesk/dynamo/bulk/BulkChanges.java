package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.dynamo.ItemsByKey;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.dynamo.query.ItemReader;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.change.ChangeSet;
import dev.dynamodesk.item.change.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Changes or deletes many items at once, safely: a dry run first (nothing written), then a run
 * that journals every write before sending it and conditions each on the item as read, so an item
 * changed by someone else meanwhile is skipped, never overwritten. {@link Reverter} undoes a run
 * from its journal.
 */
public final class BulkChanges {
    private final DynamoDbClient client;
    private final ItemReader reader;
    private final WriteGuard guard;
    private final ItemsByKey whole;

    public BulkChanges(DynamoDbClient client, ItemReader reader, WriteGuard guard) {
        this.client = client;
        this.reader = reader;
        this.guard = guard;
        this.whole = new ItemsByKey(client);
    }

    /** The items of a scan or query (an index's are read again whole from the table). */
    public ItemSource source(QueryPlan plan, TableInfo info, int segments) {
        return ItemSources.of(plan, segments, reader, whole, info);
    }

    /** Rows the user picked, read again whole from the table by key. */
    public ItemSource source(List<Item> rows, TableInfo info) {
        return ItemSources.of(rows, whole, info);
    }

    public Reverter reverter() {
        return new Reverter(client, guard, whole);
    }

    /** Reads every item and says what the run would do; writes nothing. {@code progress} gets the report as it grows. */
    public DryRunReport dryRun(ItemSource source, TableInfo info, ChangeSet changes, BooleanSupplier stop,
                               Consumer<DryRunReport> progress) {
        return dryRun(source, info, changes, stop, progress, null);
    }

    /** The same, for resuming the run {@code resume} read from its journal: what it already did counts as unchanged. */
    public DryRunReport dryRun(ItemSource source, TableInfo info, ChangeSet changes, BooleanSupplier stop,
                               Consumer<DryRunReport> progress, ResumePoint resume) {
        DryRunReport report = new DryRunReport();
        source.read(stop, chunk -> {
            for (Item item : chunk) {
                Item key = info.keyOf(item);
                report.add(resume != null && resume.alreadyDone(key, item) ? new Evaluation.Unchanged(item)
                        : changes.evaluate(item, info.keyNames()), key);
            }
            progress.accept(report);
        });
        if (!stop.getAsBoolean()) {
            report.completed();
        }
        return report;
    }

    /**
     * Runs the change: reads the items again, journals each write (in {@code journals}) before
     * sending it, and sends it conditioned on the item as read. Returns when every write has ended
     * or the run was stopped; the counts are checked to account for every item read.
     */
    public BulkOutcome run(ItemSource source, TableInfo info, ChangeSet changes, JournalHeader header, Path journals,
                           BulkSettings settings, RunControl control, BulkProgress progress) {
        return run(source, info, changes, header, journals, settings, control, progress, null);
    }

    /**
     * The same, continuing the run {@code resume} read from its journal (null: a new run): items it
     * already changed count as unchanged and are not written again.
     */
    public BulkOutcome run(ItemSource source, TableInfo info, ChangeSet changes, JournalHeader header, Path journals,
                           BulkSettings settings, RunControl control, BulkProgress progress, ResumePoint resume) {
        guard.check((changes.deletesItems() ? "delete items from " : "change items in ") + info.name());
        BulkTally tally = new BulkTally();
        AtomicLong sequence = new AtomicLong();
        try (JournalWriter journal = started(JournalWriter.create(journals, header), progress);
             WriteRun writes = new WriteRun(client, guard, info.name(), info, journal, settings, control, tally)) {
            return RunEnding.of(journal, tally, control, writes, () -> source.read(control::stopped, chunk -> {
                tally.read(chunk.size());
                List<PlannedWrite> batch = new ArrayList<>();
                for (Item item : chunk) {
                    Item key = info.keyOf(item);
                    if (resume != null && resume.alreadyDone(key, item)) {
                        tally.unchanged();
                        continue;
                    }
                    Evaluation evaluation = changes.evaluate(item, info.keyNames());
                    if (evaluation instanceof Evaluation.Update update) {
                        batch.add(new PlannedWrite(sequence.incrementAndGet(), key, item, update.after(), update.conditioned()));
                    } else if (evaluation instanceof Evaluation.Delete) {
                        batch.add(new PlannedWrite(sequence.incrementAndGet(), key, item, null, List.of()));
                    } else if (evaluation instanceof Evaluation.Refused refused) {
                        tally.refused(key, refused.reason().label() + ": " + refused.detail());
                    } else {
                        tally.unchanged();
                    }
                }
                writes.send(batch);
                progress.counts(tally.counts());
            }));
        }
    }

    /**
     * Sends writes worked out elsewhere (a comparison's differences applied to one side), each
     * conditioned on its item still being as {@code before} says, journaled first as a run's are:
     * the history lists it and Revert undoes it.
     */
    public BulkOutcome apply(List<PlannedWrite> writes, TableInfo info, JournalHeader header, Path journals, BulkSettings settings,
                             RunControl control, BulkProgress progress) {
        guard.check("write to " + info.name());
        BulkTally tally = new BulkTally();
        try (JournalWriter journal = started(JournalWriter.create(journals, header), progress);
             WriteRun run = new WriteRun(client, guard, info.name(), info, journal, settings, control, tally)) {
            return RunEnding.of(journal, tally, control, run, () -> {
                for (int start = 0; start < writes.size() && !control.stopped(); start += ItemSource.CHUNK_ITEMS) {
                    List<PlannedWrite> batch = writes.subList(start, Math.min(writes.size(), start + ItemSource.CHUNK_ITEMS));
                    tally.read(batch.size());
                    run.send(batch);
                    progress.counts(tally.counts());
                }
            });
        }
    }

    static JournalWriter started(JournalWriter journal, BulkProgress progress) {
        progress.journalStarted(journal.file());
        return journal;
    }
}
