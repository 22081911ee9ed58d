package dev.dynamodesk.dynamo.bulk;

import java.util.concurrent.CancellationException;

/**
 * How every run ends, whatever feeds it: wait for the writes in flight, check that every item
 * read is accounted for, and close the journal with how it went. A failure is written to the
 * journal too, then rethrown.
 */
final class RunEnding {
    private RunEnding() {
    }

    static BulkOutcome of(JournalWriter journal, BulkTally tally, RunControl control, WriteRun writes, Runnable feed) {
        try {
            feed.run();
            writes.finish();
        } catch (RuntimeException | Error failure) {
            try {
                writes.finish();
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            journal.end(failure instanceof CancellationException ? "stopped" : "failed: " + failure.getMessage(), tally.counts());
            throw failure;
        }
        boolean stopped = control.stopped();
        String how = !stopped ? "finished" : control.stopReason() == null ? "stopped" : "stopped: " + control.stopReason();
        journal.end(how, tally.counts());
        tally.check();
        return new BulkOutcome(journal.file(), tally.counts(), tally.listed(), stopped, control.stopReason());
    }
}
