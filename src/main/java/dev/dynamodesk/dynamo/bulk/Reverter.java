package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.dynamo.ItemsByKey;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.item.Item;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Undoes a bulk run from its journal: each write that may have happened is sent back to its
 * before-image, conditioned on the item still holding the after-image, so a change made after
 * the run is never clobbered (those items are listed as skipped). Writes the journal shows were
 * never made (skipped, not attempted) are left out; one whose outcome is missing (a run killed
 * mid-way) is tried, and its condition tells. The revert keeps a journal of its own, so it can be
 * reverted too.
 */
public final class Reverter {
    private final DynamoDbClient client;
    private final WriteGuard guard;
    private final ItemsByKey whole;

    Reverter(DynamoDbClient client, WriteGuard guard, ItemsByKey whole) {
        this.client = client;
        this.guard = guard;
        this.whole = whole;
    }

    /** What a revert would do, item by item against the table now: nothing is written. */
    public record Preview(long wouldRevert, long alreadyAsBefore, long changedSince, List<Item> changedSinceKeys) {
        public String summary() {
            return String.format("would revert %,d, unchanged (already as before the run) %,d, would skip (changed since the run) %,d",
                    wouldRevert, alreadyAsBefore, changedSince);
        }
    }

    public Preview preview(JournalReader journal, TableInfo info, BooleanSupplier stop) {
        long[] counts = new long[3];
        List<Item> changed = new ArrayList<>();
        forEachBatch(journal, stop, batch -> {
            Map<Item, Item> now = whole.byKey(info.name(), info, batch.stream().map(PlannedWrite::key).toList());
            for (PlannedWrite write : batch) {
                Item current = now.get(write.key());
                if (write.isDoneIn(current)) {
                    counts[1]++;
                } else if (write.isUntouchedIn(current)) {
                    counts[0]++;
                } else {
                    counts[2]++;
                    if (changed.size() < BulkTally.LISTED) {
                        changed.add(write.key());
                    }
                }
            }
        });
        return new Preview(counts[0], counts[1], counts[2], changed);
    }

    /** Reverts the run {@code journal} recorded, journaling the revert in {@code journals}. */
    public BulkOutcome revert(JournalReader journal, TableInfo info, JournalHeader header, Path journals,
                              BulkSettings settings, RunControl control, BulkProgress progress) {
        if (!journal.header().table().equals(info.name())) {
            throw new IllegalArgumentException("The journal is of table " + journal.header().table() + ", not " + info.name());
        }
        guard.check("revert changes to " + info.name());
        BulkTally tally = new BulkTally();
        try (JournalWriter revertJournal = BulkChanges.started(JournalWriter.create(journals, header), progress);
             WriteRun writes = new WriteRun(client, guard, info.name(), info, revertJournal, settings, control, tally)) {
            return RunEnding.of(revertJournal, tally, control, writes, () -> forEachBatch(journal, control::stopped, batch -> {
                tally.read(batch.size());
                writes.send(batch);
                progress.counts(tally.counts());
            }));
        }
    }

    /** The reverse of every journaled write that may have happened, in batches, numbered anew. */
    private static void forEachBatch(JournalReader journal, BooleanSupplier stop, Consumer<List<PlannedWrite>> consumer) {
        Set<Long> notWritten = journal.certainlyNotWritten();
        AtomicLong sequence = new AtomicLong();
        List<PlannedWrite> batch = new ArrayList<>();
        journal.forEachWrite(stop, write -> {
            if (notWritten.contains(write.sequence())) {
                return;
            }
            batch.add(write.reverse(sequence.incrementAndGet()));
            if (batch.size() == ItemSource.CHUNK_ITEMS) {
                consumer.accept(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty() && !stop.getAsBoolean()) {
            consumer.accept(List.copyOf(batch));
        }
    }
}
