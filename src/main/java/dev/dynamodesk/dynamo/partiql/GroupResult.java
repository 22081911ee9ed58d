package dev.dynamodesk.dynamo.partiql;

import dev.dynamodesk.item.Item;
import java.util.List;

/**
 * The result of statements sent together, as a transaction (all or nothing) or a batch (each on
 * its own). {@code outcomes} line up with the statements sent.
 */
public record GroupResult(boolean transaction, boolean committed, List<Outcome> outcomes, Double consumedCapacity) {

    public GroupResult {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * One statement's part: its item (for a read), or why it failed. In a cancelled transaction a
     * statement that was not itself the problem has code "None".
     */
    public record Outcome(Item item, String code, String message) {
        public boolean failed() {
            return code != null && !code.equals("None");
        }
    }

    public long failures() {
        return outcomes.stream().filter(Outcome::failed).count();
    }

    public String summary() {
        int count = outcomes.size();
        String statements = count == 1 ? "1 statement" : count + " statements";
        if (transaction) {
            return committed ? "Transaction of " + statements + " committed."
                    : "Transaction of " + statements + " cancelled: nothing was changed (" + failures() + " refused).";
        }
        long failed = failures();
        return "Batch of " + statements + ": " + (count - failed) + " succeeded, " + failed + " failed.";
    }
}
