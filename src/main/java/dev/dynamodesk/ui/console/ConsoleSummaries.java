package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.dynamo.partiql.PartiqlException;
import dev.dynamodesk.dynamo.partiql.StatementResult;
import dev.dynamodesk.dynamo.partiql.StatementShape;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/** The one-line summaries and problems the console shows for its results. */
final class ConsoleSummaries {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ROOT);
    private static final DecimalFormat CAPACITY = new DecimalFormat("0.##");

    static {
        COUNT.setGroupingUsed(true);
    }

    private ConsoleSummaries() {
    }

    static String of(StatementRun run, StatementResult result) {
        if (result.kind() == StatementShape.Kind.SELECT) {
            return select(run);
        }
        return result.summary() + timing(run);
    }

    /** "1,200 items · more to load · 3 requests · 45 ms · 12.5 RCU" */
    static String select(StatementRun run) {
        int items = run.items().size();
        StringBuilder text = new StringBuilder(COUNT.format(items)).append(items == 1 ? " item" : " items");
        if (run.hasMore()) {
            text.append(" · more to load");
        }
        text.append(" · ").append(COUNT.format(run.requests())).append(run.requests() == 1 ? " request" : " requests");
        text.append(timing(run));
        return text.toString();
    }

    private static String timing(StatementRun run) {
        String capacity = run.consumedCapacity() == null ? "capacity not reported"
                : CAPACITY.format(run.consumedCapacity()) + " capacity units";
        return " · " + COUNT.format(run.elapsedMillis()) + " ms · " + capacity;
    }

    /** The problem to show for a failure: located in the script when the statement says where. */
    static StatementRun.Problem problem(StatementRun run, Throwable error) {
        if (error instanceof PartiqlException partiql) {
            int offset = run.scriptOffsets().isEmpty() ? 0 : run.scriptOffsets().get(0);
            int position = partiql.position() < 0 ? offset : offset + partiql.position();
            return new StatementRun.Problem(partiql.getMessage(), partiql.serverMessage(), position,
                    partiql.position() < 0 ? 0 : partiql.length(), ErrorMessages.details(error));
        }
        if (error instanceof WriteGuard.ReadOnlyException readOnly) {
            return new StatementRun.Problem(readOnly.getMessage() + " Nothing was sent.", "", -1, 0, "");
        }
        return new StatementRun.Problem(ErrorMessages.summary(error), "", -1, 0, ErrorMessages.details(error));
    }
}
