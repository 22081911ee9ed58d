package dev.dynamodesk.dynamo.transfer;

import dev.dynamodesk.dynamo.BatchWriter;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.dynamo.stream.Workers;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemValidation;
import dev.dynamodesk.item.edit.KeySlot;
import dev.dynamodesk.transfer.ImportLine;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Imports lines of items into a table: each item checked first (keys and their types, 400 KB,
 * nesting), then written with BatchWriteItem 25 at a time, several batches in flight, unprocessed
 * items retried with backoff. A batch the server refuses as a whole is retried item by item, so
 * each bad item is reported with its own line and reason and the others are written.
 *
 * <p>What the server did not confirm is never reported as written, nor as refused: a batch whose
 * call failed (no answer, a reset, a 500 that stayed) leaves its unconfirmed records "not
 * confirmed", and after {@value #FAILURES_BEFORE_STOPPING} such failures in a row the import stops
 * and the rest of the file is "not attempted". Every record not written goes to the failed-lines
 * file, so importing that file again finishes the job (a put of the same item again is harmless).
 * The run ends with an accounting it checks: records read = written + refused + not confirmed +
 * not attempted, and the failed-lines file holds exactly the last three.
 */
public final class Importer {
    static final int FAILURES_BEFORE_STOPPING = 3;

    private final DynamoDbClient client;
    private final WriteGuard guard;

    public Importer(DynamoDbClient client, WriteGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    public record Options(boolean stopOnFirstError, int inFlight) {
    }

    /** A record that was not imported: where it is in the file, and why. */
    public record Failure(long line, String where, String reason) {
    }

    /**
     * What happened. {@code failures} keeps the first 1,000 refused records with their reasons;
     * {@code serverProblem} says why the import stopped early (null when it did not).
     */
    public record Report(long read, long written, long refused, long unconfirmed, long notAttempted,
                         List<Failure> failures, boolean stoppedAtError, String serverProblem) {
        /** Records not written, all of them in the failed-lines file. */
        public long failed() {
            return refused + unconfirmed + notAttempted;
        }

        /** "1,000 records read: 990 written, 4 refused, 6 not confirmed". */
        public String describe() {
            StringBuilder text = new StringBuilder(String.format("%,d record%s read: %,d written", read, read == 1 ? "" : "s", written));
            if (refused > 0) {
                text.append(String.format(", %,d refused", refused));
            }
            if (unconfirmed > 0) {
                text.append(String.format(", %,d not confirmed written", unconfirmed));
            }
            if (notAttempted > 0) {
                text.append(String.format(", %,d not attempted", notAttempted));
            }
            return text.toString();
        }

        /**
         * The whole story for the user: the counts, why it stopped early, the first
         * {@code maxListed} refused records with their reasons, and where the records not written are.
         */
        public String explain(java.nio.file.Path failedFile, int maxListed) {
            StringBuilder text = new StringBuilder(describe()).append('.');
            if (stoppedAtError) {
                text.append(" Stopped at the first bad record, as asked.");
            }
            if (serverProblem != null) {
                text.append(String.format("%nStopped: the server failed %d times in a row (%s).",
                        FAILURES_BEFORE_STOPPING, serverProblem));
            }
            failures.stream().limit(maxListed).forEach(failure ->
                    text.append(System.lineSeparator()).append("  ").append(failure.where()).append(": ").append(failure.reason()));
            if (failures.size() > maxListed) {
                text.append(System.lineSeparator()).append("  …");
            }
            if (failed() > 0 && failedFile != null) {
                text.append(System.lineSeparator()).append("The ").append(String.format("%,d", failed()))
                        .append(" records not written are in ").append(failedFile);
                if (unconfirmed + notAttempted > 0) {
                    text.append(": import that file again once the server answers (records not confirmed may have been"
                            + " written; writing the same item again changes nothing)");
                }
                text.append('.');
            }
            return text.toString();
        }
    }

    private record Numbered(ImportLine line, Item item) {
    }

    /**
     * @param failedLines receives each record not written, in its original text, one per line (may be null)
     */
    public Report run(Iterator<ImportLine> lines, TableInfo table, Options options, Writer failedLines,
                      BooleanSupplier cancelled, LongConsumer written) {
        guard.check("import into " + table.name());
        List<KeySlot> keys = new ArrayList<>();
        keys.add(new KeySlot(table.partitionKey().name(), table.partitionKey().type(), true));
        if (table.sortKey() != null) {
            keys.add(new KeySlot(table.sortKey().name(), table.sortKey().type(), false));
        }
        ImportTally tally = new ImportTally(failedLines, written);
        BatchWriter batches = new BatchWriter(client);
        List<Numbered> group = new ArrayList<>(BatchWriter.MAX_BATCH);
        boolean stopped = false;
        try (Workers workers = new Workers(Math.max(1, options.inFlight()), "import-writer")) {
            while (lines.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    workers.awaitAll();
                    throw new CancellationException("Import stopped after " + tally.written() + " items");
                }
                ImportLine line = lines.next();
                tally.read();
                if (stopped || tally.serverProblem() != null) {
                    tally.notAttempted(line);
                    continue;
                }
                String problem = line.ok() ? problems(line.item(), keys) : line.problem();
                if (problem != null) {
                    tally.refused(line, problem);
                    stopped = options.stopOnFirstError();
                    continue;
                }
                group.add(new Numbered(line, line.item()));
                if (group.size() == BatchWriter.MAX_BATCH) {
                    List<Numbered> full = List.copyOf(group);
                    group.clear();
                    workers.submit(() -> writeGroup(batches, table.name(), full, tally));
                    stopped = stopped || options.stopOnFirstError() && tally.refusedCount() > 0;
                }
            }
            if (!group.isEmpty()) {
                // What was read before a bad record is still written; only a failing server stops it.
                if (tally.serverProblem() != null) {
                    group.forEach(numbered -> tally.notAttempted(numbered.line()));
                } else {
                    List<Numbered> last = List.copyOf(group);
                    workers.submit(() -> writeGroup(batches, table.name(), last, tally));
                }
            }
            workers.awaitAll();
        } finally {
            tally.flushFile();
        }
        Report report = tally.report(options.stopOnFirstError() && tally.refusedCount() > 0);
        tally.check(report);
        return report;
    }

    private static String problems(Item item, List<KeySlot> keys) {
        List<ItemValidation.Problem> problems = ItemValidation.check(item, keys);
        return problems.isEmpty() ? null : String.join("; ", problems.stream().map(Object::toString).toList());
    }

    private void writeGroup(BatchWriter batches, String table, List<Numbered> group, ImportTally tally) {
        if (tally.serverProblem() != null) {
            group.forEach(numbered -> tally.notAttempted(numbered.line()));
            return;
        }
        List<WriteRequest> requests = group.stream().map(numbered -> BatchWriter.put(numbered.item())).toList();
        try {
            batches.writeBatch(table, requests);
            tally.wrote(group.size(), true);
        } catch (BatchWriter.BatchFailure failure) {
            tally.wrote(group.size() - failure.unconfirmed().size(), false);
            List<Numbered> left = failure.unconfirmed().stream().map(group::get).toList();
            if (isRefusal(failure.getCause())) {
                // One bad item (or two with the same key) makes DynamoDB refuse the whole batch: find which.
                left.forEach(one -> putAlone(table, one, tally));
            } else {
                tally.serverFailed(failure.getCause() != null ? failure.getCause() : failure);
                left.forEach(one -> tally.unconfirmed(one.line()));
            }
        }
    }

    private void putAlone(String table, Numbered one, ImportTally tally) {
        if (tally.serverProblem() != null) {
            tally.notAttempted(one.line());
            return;
        }
        try {
            client.putItem(request -> request.tableName(table).item(AttributeValues.fromItem(one.item())));
            tally.wrote(1, true);
        } catch (RuntimeException itemFailed) {
            if (isRefusal(itemFailed)) {
                tally.refused(one.line(), firstLine(ErrorMessages.summary(itemFailed)));
            } else {
                tally.serverFailed(itemFailed);
                tally.unconfirmed(one.line());
            }
        }
    }

    /**
     * Whether the server answered that the request itself is wrong (a 400 other than throttling):
     * then it is the records, not the server, and they are tried one by one.
     */
    static boolean isRefusal(Throwable failure) {
        return BatchWriter.isRefusal(failure);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "refused";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
