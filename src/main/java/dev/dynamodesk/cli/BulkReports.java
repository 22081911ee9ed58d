package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.bulk.BulkOutcome;
import dev.dynamodesk.dynamo.bulk.BulkTally;
import dev.dynamodesk.dynamo.bulk.DryRunReport;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.change.ChangeRefused;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** A dry run and a run's skipped and failed items, printed for a person on stderr. */
final class BulkReports {
    private static final int LISTED = 20;

    private BulkReports() {
    }

    static void print(DryRunReport report, PrintStream err) {
        err.println("Dry run: " + report.summary() + (report.complete() ? "" : " — stopped before the end"));
        Map<String, Long> counts = report.attributeCounts();
        report.examples().forEach((name, examples) -> {
            err.printf("  %s: %,d item%s%n", name, counts.get(name), counts.get(name) == 1 ? "" : "s");
            for (DryRunReport.Example example : examples) {
                err.printf("    %s: %s -> %s%n", DynamoJson.write(example.key(), false), text(example.before()), text(example.after()));
            }
        });
        for (Map.Entry<ChangeRefused.Reason, DryRunReport.Refusals> refused : report.refusals().entrySet()) {
            err.printf("  would fail, %s: %,d%n", refused.getKey().label(), refused.getValue().count());
            refused.getValue().examples().forEach(example -> err.println("    " + example));
        }
    }

    static void printListed(BulkOutcome outcome, PrintStream err) {
        List<BulkTally.Listed> listed = outcome.listed();
        for (BulkTally.Listed item : listed.subList(0, Math.min(LISTED, listed.size()))) {
            err.println("  " + item.what() + ": " + DynamoJson.write(item.key(), false) + " — " + item.reason());
        }
        long more = outcome.counts().skipped() + outcome.counts().failed() - Math.min(LISTED, listed.size());
        if (more > 0) {
            err.printf("  … and %,d more in the journal%n", more);
        }
    }

    private static String text(DynamoValue value) {
        return value == null ? "(none)" : DynamoJson.write(value, false);
    }
}
