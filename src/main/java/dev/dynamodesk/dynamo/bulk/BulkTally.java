package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bulk run's counts, kept by several threads at once. Every item read ends in exactly one of
 * changed, unchanged, skipped (changed since read), failed or not attempted; {@link #check}
 * says so or fails the run.
 */
public final class BulkTally {
    /** Skipped and failed items listed in memory for the report (all are in the journal). */
    static final int LISTED = 1_000;

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong changed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong notAttempted = new AtomicLong();
    private final AtomicLong planned = new AtomicLong();
    private final List<Listed> listed = Collections.synchronizedList(new ArrayList<>());

    /** An item that was skipped or failed, with why. */
    public record Listed(Item key, String what, String reason) {
    }

    /** A snapshot of the counts. */
    public record Counts(long read, long changed, long unchanged, long skipped, long failed, long notAttempted, long planned) {
        /** The summary line every bulk command prints. */
        public String summary() {
            return String.format("changed %,d, unchanged %,d, skipped (changed since read) %,d, failed %,d", changed, unchanged,
                    skipped, failed) + (notAttempted > 0 ? String.format(", not attempted (stopped) %,d", notAttempted) : "");
        }

        public boolean clean() {
            return skipped == 0 && failed == 0 && notAttempted == 0;
        }

        public long done() {
            return changed + unchanged + skipped + failed + notAttempted;
        }
    }

    void read(long items) {
        read.addAndGet(items);
    }

    void planned(long writes) {
        planned.addAndGet(writes);
    }

    void unchanged() {
        unchanged.incrementAndGet();
    }

    void refused(Item key, String reason) {
        failed.incrementAndGet();
        list(key, "failed", reason);
    }

    void ended(PlannedWrite write, WriteResult result, String reason) {
        switch (result) {
            case WRITTEN -> changed.incrementAndGet();
            case ALREADY -> unchanged.incrementAndGet();
            case SKIPPED -> {
                skipped.incrementAndGet();
                list(write.key(), "skipped", reason);
            }
            case FAILED -> {
                failed.incrementAndGet();
                list(write.key(), "failed", reason);
            }
            case NOT_ATTEMPTED -> notAttempted.incrementAndGet();
        }
    }

    private void list(Item key, String what, String reason) {
        if (listed.size() < LISTED) {
            listed.add(new Listed(key, what, reason));
        }
    }

    public Counts counts() {
        return new Counts(read.get(), changed.get(), unchanged.get(), skipped.get(), failed.get(), notAttempted.get(), planned.get());
    }

    public List<Listed> listed() {
        synchronized (listed) {
            return List.copyOf(listed);
        }
    }

    /** Every item read is accounted for exactly once, or the run is reported as failed. */
    void check() {
        Counts counts = counts();
        if (counts.done() != counts.read()) {
            throw new dev.dynamodesk.dynamo.stream.AccountingException(String.format(
                    "The run's counts do not add up: %,d items read, but %s", counts.read(), counts.summary()));
        }
    }
}
