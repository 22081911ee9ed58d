package dev.dynamodesk.dynamo.transfer;

import dev.dynamodesk.transfer.ImportLine;

import dev.dynamodesk.dynamo.BatchWriter;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemValidation;
import dev.dynamodesk.item.edit.KeySlot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Imports lines of items into a table: each item checked first (keys and their types, 400 KB,
 * nesting), then written with BatchWriteItem 25 at a time, several batches in flight, unprocessed
 * items retried with backoff. A batch the server refuses as a whole is retried item by item, so
 * each bad item is reported with its own line and reason and the others are written. Bad lines
 * go to a file of failed lines to fix and import again.
 */
public final class Importer {
    private static final int GROUPS_PER_FLUSH = 8;

    private final DynamoDbClient client;
    private final WriteGuard guard;

    public Importer(DynamoDbClient client, WriteGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    public record Options(boolean stopOnFirstError, int inFlight) {
    }

    /** A line that was not imported, and why. */
    public record Failure(long line, String reason) {
    }

    /** What happened: items written, blank lines skipped, lines failed (the first 1,000 kept with reasons). */
    public record Report(long written, long failed, List<Failure> failures, boolean stoppedAtError) {
    }

    private record Numbered(long line, String text, Item item) {
    }

    /**
     * @param failedLines receives each failed line's original text, one per line (may be null)
     */
    public Report run(Iterator<ImportLine> lines, TableInfo table, Options options, Writer failedLines,
                      BooleanSupplier cancelled, LongConsumer written) {
        guard.check("import into " + table.name());
        List<KeySlot> keys = new ArrayList<>();
        keys.add(new KeySlot(table.partitionKey().name(), table.partitionKey().type(), true));
        if (table.sortKey() != null) {
            keys.add(new KeySlot(table.sortKey().name(), table.sortKey().type(), false));
        }
        Tally tally = new Tally(failedLines, written);
        int flushSize = BatchWriter.MAX_BATCH * Math.max(1, options.inFlight()) * GROUPS_PER_FLUSH;
        List<Numbered> pending = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.inFlight()), work -> {
            Thread thread = new Thread(work, "import-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (lines.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("Import stopped after " + tally.written + " items");
                }
                ImportLine line = lines.next();
                String problem = line.ok() ? problems(line.item(), keys) : line.problem();
                if (problem != null) {
                    tally.fail(line.number(), line.text(), problem);
                    if (options.stopOnFirstError()) {
                        break; // what came before is still written, below
                    }
                    continue;
                }
                pending.add(new Numbered(line.number(), line.text(), line.item()));
                if (pending.size() >= flushSize) {
                    flush(table.name(), pending, pool, tally);
                    pending.clear();
                    if (options.stopOnFirstError() && tally.failed > 0) {
                        break;
                    }
                }
            }
            flush(table.name(), pending, pool, tally);
        } finally {
            pool.shutdownNow();
            tally.flushFile();
        }
        List<Failure> failures = new ArrayList<>(tally.failures);
        failures.sort(java.util.Comparator.comparingLong(Failure::line));
        return new Report(tally.written, tally.failed, failures, options.stopOnFirstError() && tally.failed > 0);
    }

    private static String problems(Item item, List<KeySlot> keys) {
        List<ItemValidation.Problem> problems = ItemValidation.check(item, keys);
        return problems.isEmpty() ? null : String.join("; ", problems.stream().map(Object::toString).toList());
    }

    private void flush(String table, List<Numbered> items, ExecutorService pool, Tally tally) {
        List<Future<?>> futures = new ArrayList<>();
        for (int start = 0; start < items.size(); start += BatchWriter.MAX_BATCH) {
            List<Numbered> group = List.copyOf(items.subList(start, Math.min(items.size(), start + BatchWriter.MAX_BATCH)));
            futures.add(pool.submit(() -> writeGroup(table, group, tally)));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Import interrupted");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }
    }

    private void writeGroup(String table, List<Numbered> group, Tally tally) {
        List<Item> items = group.stream().map(Numbered::item).toList();
        try {
            new BatchWriter(client).putAll(table, items, () -> false, done -> { });
            tally.wrote(items.size());
        } catch (SdkException refused) {
            // One bad item (or two with the same key) makes DynamoDB refuse the whole batch: find which.
            for (Numbered one : group) {
                try {
                    client.putItem(request -> request.tableName(table).item(AttributeValues.fromItem(one.item())));
                    tally.wrote(1);
                } catch (SdkException itemRefused) {
                    tally.fail(one.line(), one.text(), firstLine(itemRefused.getMessage()));
                }
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "refused";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Counts shared by the writer threads. */
    private static final class Tally {
        private static final int KEPT_FAILURES = 1_000;
        private final Writer failedLines;
        private final LongConsumer progress;
        private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        private long written;
        private long failed;

        Tally(Writer failedLines, LongConsumer progress) {
            this.failedLines = failedLines;
            this.progress = progress;
        }

        synchronized void wrote(int count) {
            written += count;
            progress.accept(written);
        }

        synchronized void fail(long line, String text, String reason) {
            failed++;
            if (failures.size() < KEPT_FAILURES) {
                failures.add(new Failure(line, reason));
            }
            if (failedLines != null && text != null) {
                try {
                    failedLines.write(text);
                    failedLines.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
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
    }
}
