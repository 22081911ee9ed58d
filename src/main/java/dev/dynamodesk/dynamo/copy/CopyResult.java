package dev.dynamodesk.dynamo.copy;

import java.nio.file.Path;

/**
 * How a copy ended: items read from the source, written to the target, skipped (already there,
 * with "skip"), failed (kept in {@code failedFile}, which imports again), and not confirmed (the
 * copy stopped with them in flight or unsent: its checkpoints are before them, so a resume writes them). {@code stoppedBecause}: why it stopped by
 * itself (an item already there, with "fail"); null otherwise.
 */
public record CopyResult(long read, long written, long skipped, long failed, long notAttempted, boolean stopped,
                         String stoppedBecause, Path failedFile, Path checkpoints, java.util.List<String> failureReasons) {
    public CopyResult {
        failureReasons = failureReasons == null ? java.util.List.of() : java.util.List.copyOf(failureReasons);
    }

    /** Why items failed, with how many for each ("Failed: 3 × Item size has exceeded…"), or "" when none did. */
    public String failures() {
        return failureReasons.isEmpty() ? "" : "Failed: " + String.join("; ", failureReasons) + ".";
    }

    public String summary() {
        return String.format("read %,d, written %,d, skipped (already in the target) %,d, failed %,d", read, written, skipped, failed)
                + (notAttempted > 0 ? String.format(", not confirmed (stopped: written again on resume) %,d", notAttempted) : "");
    }

    public boolean clean() {
        return failed == 0 && !stopped;
    }
}
