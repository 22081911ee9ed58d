package dev.dynamodesk.dynamo.bulk;

import java.nio.file.Path;
import java.util.List;

/**
 * How a bulk run (or a revert) ended: its journal, its counts, the skipped and failed items
 * (the first {@value BulkTally#LISTED}; all are in the journal) and, when it stopped before the
 * end, why (null: it finished, or the user stopped it).
 */
public record BulkOutcome(Path journal, BulkTally.Counts counts, List<BulkTally.Listed> listed, boolean stopped,
                          String stoppedBecause) {
    public BulkOutcome {
        listed = List.copyOf(listed);
    }

    /** Whether everything read was changed or already as asked: nothing skipped, failed or left out. */
    public boolean clean() {
        return counts.clean() && !stopped;
    }
}
