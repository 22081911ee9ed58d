package dev.dynamodesk.dynamo.transfer;

import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.stream.AccountingException;
import dev.dynamodesk.transfer.ImportLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The counts of an import, shared by its writer threads: every record read ends up in exactly one
 * of written, refused, not confirmed and not attempted, and each of the last three is copied to
 * the failed-lines file. It also notices a server that keeps failing.
 */
final class ImportTally {
    private static final int KEPT_FAILURES = 1_000;

    private final Writer failedLines;
    private final LongConsumer progress;
    private final List<Importer.Failure> failures = new ArrayList<>();
    private long read;
    private long written;
    private long refused;
    private long unconfirmed;
    private long notAttempted;
    private long linesInFile;
    private int failuresInARow;
    private volatile String serverProblem;

    ImportTally(Writer failedLines, LongConsumer progress) {
        this.failedLines = failedLines;
        this.progress = progress;
    }

    synchronized void read() {
        read++;
    }

    /** {@code count} items confirmed; {@code answered} when the call itself succeeded. */
    synchronized void wrote(int count, boolean answered) {
        written += count;
        if (answered) {
            failuresInARow = 0;
        }
        if (count > 0) {
            progress.accept(written);
        }
    }

    synchronized long written() {
        return written;
    }

    synchronized long refusedCount() {
        return refused;
    }

    synchronized void refused(ImportLine line, String reason) {
        refused++;
        if (failures.size() < KEPT_FAILURES) {
            failures.add(new Importer.Failure(line.number(), line.where(), reason));
        }
        keep(line);
    }

    synchronized void unconfirmed(ImportLine line) {
        unconfirmed++;
        keep(line);
    }

    synchronized void notAttempted(ImportLine line) {
        notAttempted++;
        keep(line);
    }

    /** A call failed without an answer that names the records: after a few in a row, stop. */
    synchronized void serverFailed(Throwable failure) {
        failuresInARow++;
        if (failuresInARow >= Importer.FAILURES_BEFORE_STOPPING && serverProblem == null) {
            serverProblem = ErrorMessages.summary(failure);
        }
    }

    /** Why the import is stopping early, or null. */
    String serverProblem() {
        return serverProblem;
    }

    private void keep(ImportLine line) {
        if (failedLines == null || line.text() == null) {
            return;
        }
        try {
            failedLines.write(line.text());
            failedLines.write('\n');
            linesInFile++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void flushFile() {
        if (failedLines != null) {
            try {
                failedLines.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    synchronized Importer.Report report(boolean stoppedAtError) {
        List<Importer.Failure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparingLong(Importer.Failure::line).thenComparing(Importer.Failure::where));
        return new Importer.Report(read, written, refused, unconfirmed, notAttempted, sorted, stoppedAtError, serverProblem);
    }

    /** Every record accounted for once, and the failed-lines file holding exactly those not written. */
    synchronized void check(Importer.Report report) {
        if (report.read() != report.written() + report.failed()) {
            throw new AccountingException("The import's counts do not add up: " + report.describe());
        }
        if (failedLines != null && linesInFile != report.failed()) {
            throw new AccountingException("The failed-lines file holds " + linesInFile + " records but "
                    + report.failed() + " were not written (" + report.describe() + ")");
        }
    }
}
