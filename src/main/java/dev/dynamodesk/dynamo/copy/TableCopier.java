package dev.dynamodesk.dynamo.copy;

import dev.dynamodesk.dynamo.BatchWriter;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.Retries;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.dynamo.query.ItemReader;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.stream.AccountingException;
import dev.dynamodesk.dynamo.stream.RateLimit;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Copies items from a source (a scan, a query, with filters) into a table on another connection
 * (or another table on the same one): parallel segments, each chunk written before the segment
 * reads on and then checkpointed. An item already in the target is overwritten
 * (BatchWriteItem), skipped (a put only if its key is free) or stops the copy, as chosen up front.
 * The source is only read; the target's write guard is asked first.
 */
public final class TableCopier {
    /** What to do with an item whose key the target already holds. */
    public enum IfExists { OVERWRITE, SKIP, FAIL }

    private static final int CHUNK_ITEMS = 500;
    private static final int SINGLE_PUTS_IN_FLIGHT = 8;

    private final ItemReader source;
    private final DynamoDbClient target;
    private final WriteGuard targetGuard;
    private final java.util.function.UnaryOperator<Item> transform;

    public TableCopier(ItemReader source, DynamoDbClient target, WriteGuard targetGuard) {
        this(source, target, targetGuard, null);
    }

    private TableCopier(ItemReader source, DynamoDbClient target, WriteGuard targetGuard, java.util.function.UnaryOperator<Item> transform) {
        this.source = source;
        this.target = target;
        this.targetGuard = targetGuard;
        this.transform = transform;
    }

    /**
     * The same copier, each item changed by {@code change} on its way (an anonymizing copy). A
     * change that cannot be made ({@link IllegalArgumentException}) stops the copy, saying why,
     * with nothing of that chunk written: an item is never written untransformed.
     */
    public TableCopier transforming(java.util.function.UnaryOperator<Item> change) {
        return new TableCopier(source, target, targetGuard, change);
    }

    /** Progress: items read, written, skipped and failed so far. */
    public record Progress(long read, long written, long skipped, long failed) {
    }

    /**
     * Copies what {@code plan} reads into {@code targetTable} (keyed as {@code targetInfo}), going on
     * from {@code checkpoints}; failed items go to {@code failedFile} (DynamoDB JSON lines).
     */
    public CopyResult copy(QueryPlan plan, TableInfo targetInfo, IfExists ifExists, CopyCheckpoints checkpoints, Path failedFile,
                           BooleanSupplier stop, Consumer<Progress> progress) {
        return copy(plan, targetInfo, ifExists, 0, checkpoints, failedFile, stop, progress);
    }

    /** The same, writing at most {@code ratePerSecond} items a second (0: as fast as the target takes them). */
    public CopyResult copy(QueryPlan plan, TableInfo targetInfo, IfExists ifExists, double ratePerSecond, CopyCheckpoints checkpoints,
                           Path failedFile, BooleanSupplier stop, Consumer<Progress> progress) {
        targetGuard.check("copy items into " + targetInfo.name());
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong notAttempted = new AtomicLong();
        AtomicReference<String> stoppedBecause = new AtomicReference<>();
        BooleanSupplier halt = () -> stop.getAsBoolean() || stoppedBecause.get() != null;
        BatchWriter batches = new BatchWriter(target);
        RateLimit rate = new RateLimit(ratePerSecond);
        InFlight inFlight = new InFlight();
        boolean stopped = false;
        ExecutorService singles = ifExists == IfExists.OVERWRITE ? null : Executors.newFixedThreadPool(SINGLE_PUTS_IN_FLIGHT, work -> {
            Thread thread = new Thread(work, "copy-put");
            thread.setDaemon(true);
            return thread;
        });
        FailedItems failures = new FailedItems(failedFile);
        try (failures) {
            source.readSegments(plan, checkpoints.segments(), checkpoints.startKeys(), CHUNK_ITEMS, halt, delivered -> inFlight.during(() -> {
                ItemPage chunk = delivered.chunk();
                read.addAndGet(chunk.items().size());
                List<Item> items = transformed(chunk.items(), stoppedBecause);
                if (items == null) {
                    notAttempted.addAndGet(chunk.items().size());
                    throw new CancellationException("Stopped: an item could not be transformed");
                }
                ChunkTally tally;
                try {
                    tally = ifExists == IfExists.OVERWRITE
                            ? overwrite(batches, rate, targetInfo.name(), items, halt, failures)
                            : putIfAbsent(singles, rate, targetInfo, items, ifExists, stoppedBecause, failures);
                } catch (RuntimeException stopping) {
                    // Another segment stopped the copy and this one was interrupted mid-write: its
                    // items are not confirmed, and its checkpoint stays before them.
                    if (!halt.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                        throw stopping;
                    }
                    tally = new ChunkTally(0, 0, 0);
                }
                written.addAndGet(tally.written);
                skipped.addAndGet(tally.skipped);
                failed.addAndGet(tally.failed);
                notAttempted.addAndGet(chunk.items().size() - tally.written - tally.skipped - tally.failed);
                if (tally.complete(chunk.items().size())) {
                    checkpoints.reached(delivered.segment(), chunk.lastEvaluatedKey());
                }
                progress.accept(new Progress(read.get(), written.get(), skipped.get(), failed.get()));
                if (!tally.complete(chunk.items().size())) {
                    throw new CancellationException("Stopped in the middle of a chunk");
                }
            }));
        } catch (CancellationException e) {
            if (!halt.getAsBoolean()) {
                throw e;
            }
            stopped = true;
        } finally {
            // A stop fails the read at once; the other segments' chunks being written finish first
            // (their puts have timeouts), so that every item read is counted before the result.
            inFlight.awaitNone();
            if (singles != null) {
                singles.shutdownNow();
            }
        }
        CopyResult result = new CopyResult(read.get(), written.get(), skipped.get(), failed.get(), notAttempted.get(), stopped,
                stoppedBecause.get(), failed.get() > 0 ? failedFile : null, checkpoints.file(), failures.reasons());
        if (result.read() != result.written() + result.skipped() + result.failed() + result.notAttempted()) {
            throw new AccountingException("The copy's counts do not add up: " + result.summary());
        }
        if (!stopped && checkpoints.finished()) {
            checkpoints.forget();
        }
        return result;
    }

    /**
     * Copies rows picked by the user (a grid's selection), each read again whole from
     * {@code sourceInfo}'s table by key first, a hundred at a time; no checkpoints (a selection is
     * copied again whole). Rows whose item is gone from the source are left out.
     */
    public CopyResult copyRows(List<Item> rows, dev.dynamodesk.dynamo.ItemsByKey sourceItems, TableInfo sourceInfo, TableInfo targetInfo,
                               IfExists ifExists, double ratePerSecond, Path failedFile, BooleanSupplier stop, Consumer<Progress> progress) {
        int[] next = {0};
        return copyItems(() -> {
            if (next[0] >= rows.size()) {
                return null;
            }
            List<Item> keys = rows.subList(next[0], Math.min(rows.size(), next[0] + 100));
            next[0] += keys.size();
            return sourceItems.read(sourceInfo.name(), sourceInfo, keys);
        }, targetInfo, ifExists, ratePerSecond, failedFile, stop, progress);
    }

    /**
     * Copies the items {@code nextPage} hands over, a page at a time until it gives null: a
     * selection read again by key, or the pages of a PartiQL SELECT. No checkpoints: such a copy
     * is run again whole (a put of the same item leaves the same item).
     */
    public CopyResult copyItems(java.util.function.Supplier<List<Item>> nextPage, TableInfo targetInfo, IfExists ifExists,
                                double ratePerSecond, Path failedFile, BooleanSupplier stop, Consumer<Progress> progress) {
        targetGuard.check("copy items into " + targetInfo.name());
        long[] counts = new long[5];
        AtomicReference<String> stoppedBecause = new AtomicReference<>();
        BooleanSupplier halt = () -> stop.getAsBoolean() || stoppedBecause.get() != null;
        ExecutorService singles = ifExists == IfExists.OVERWRITE ? null : Executors.newFixedThreadPool(SINGLE_PUTS_IN_FLIGHT, work -> {
            Thread thread = new Thread(work, "copy-put");
            thread.setDaemon(true);
            return thread;
        });
        RateLimit rate = new RateLimit(ratePerSecond);
        FailedItems failures = new FailedItems(failedFile);
        try (failures) {
            for (List<Item> read = halt.getAsBoolean() ? null : nextPage.get(); read != null; read = halt.getAsBoolean() ? null : nextPage.get()) {
                List<Item> whole = transformed(read, stoppedBecause);
                if (whole == null) {
                    counts[0] += read.size();
                    counts[4] += read.size();
                    break;
                }
                ChunkTally tally = ifExists == IfExists.OVERWRITE
                        ? overwrite(new BatchWriter(target), rate, targetInfo.name(), whole, halt, failures)
                        : putIfAbsent(singles, rate, targetInfo, whole, ifExists, stoppedBecause, failures);
                counts[0] += whole.size();
                counts[1] += tally.written;
                counts[2] += tally.skipped;
                counts[3] += tally.failed;
                counts[4] += whole.size() - tally.written - tally.skipped - tally.failed;
                progress.accept(new Progress(counts[0], counts[1], counts[2], counts[3]));
            }
        } finally {
            if (singles != null) {
                singles.shutdownNow();
            }
        }
        return new CopyResult(counts[0], counts[1], counts[2], counts[3], counts[4], halt.getAsBoolean(), stoppedBecause.get(),
                counts[3] > 0 ? failedFile : null, null, failures.reasons());
    }

    /** The items as the target gets them; null, with why in {@code stoppedBecause}, when one cannot be transformed. */
    private List<Item> transformed(List<Item> items, AtomicReference<String> stoppedBecause) {
        try {
            return transform == null ? items : items.stream().map(transform).toList();
        } catch (IllegalArgumentException untransformable) {
            stoppedBecause.compareAndSet(null, "An item could not be transformed: " + untransformable.getMessage());
            return null;
        }
    }

    /**
     * Chunks being written, so that a stopped copy waits for them before it counts; once it has
     * waited, no segment starts writing another chunk (a segment whose read failed ends the read
     * at once, and another segment's reader may still hand over a chunk it had just read).
     */
    private static final class InFlight {
        private int active;
        private boolean closed;

        void during(Runnable work) {
            synchronized (this) {
                if (closed) {
                    throw new CancellationException("The copy has ended");
                }
                active++;
            }
            try {
                work.run();
            } finally {
                synchronized (this) {
                    active--;
                    notifyAll();
                }
            }
        }

        synchronized void awaitNone() {
            closed = true;
            boolean interrupted = false;
            while (active > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What happened to one chunk's items. */
    private record ChunkTally(long written, long skipped, long failed) {
        boolean complete(int items) {
            return written + skipped + failed == items;
        }
    }

    /** BatchWriteItem, a batch of 25 at a time through the rate limit. */
    private ChunkTally overwrite(BatchWriter batches, RateLimit rate, String table, List<Item> items, BooleanSupplier halt,
                                        FailedItems failures) {
        long[] written = {0};
        long lostCount = 0;
        try {
            for (int start = 0; start < items.size(); start += BatchWriter.MAX_BATCH) {
                List<Item> batch = items.subList(start, Math.min(items.size(), start + BatchWriter.MAX_BATCH));
                rate.acquire(batch.size(), halt);
                long before = written[0];
                try {
                    batches.putAll(table, batch, halt, count -> written[0] = before + count);
                } catch (BatchWriter.BatchFailure failure) {
                    List<Item> unconfirmed = new ArrayList<>();
                    failure.unconfirmed().forEach(position -> unconfirmed.add(batch.get(position)));
                    List<Item> lost = unconfirmed;
                    if (BatchWriter.isRefusal(failure.getCause())) {
                        // One item can make DynamoDB refuse its whole batch (a value of the wrong type
                        // for an index key, say): each is put alone, so that only it fails.
                        lost = putEachAlone(table, unconfirmed, failures);
                    } else {
                        failures.add(lost, ErrorMessages.summary(failure.getCause() == null ? failure : failure.getCause()));
                    }
                    lostCount += lost.size();
                    written[0] = before + batch.size() - lost.size();
                }
            }
            return new ChunkTally(written[0], 0, lostCount);
        } catch (RuntimeException stopped) {
            if (stopped instanceof CancellationException || halt.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                return new ChunkTally(written[0], 0, lostCount); // the batches confirmed; the rest is written again on resume
            }
            throw stopped;
        }
    }

    /** Puts each item alone; returns those the server refused (kept in the failed file with its own words). */
    private List<Item> putEachAlone(String table, List<Item> items, FailedItems failures) {
        List<Item> refused = new ArrayList<>();
        for (Item item : items) {
            try {
                Retries.call(() -> target.putItem(put -> put.tableName(table).item(AttributeValues.fromItem(item))));
            } catch (RuntimeException e) {
                failures.add(List.of(item), ErrorMessages.summary(e));
                refused.add(item);
            }
        }
        return refused;
    }

    private ChunkTally putIfAbsent(ExecutorService singles, RateLimit rate, TableInfo info, List<Item> items, IfExists ifExists,
                                   AtomicReference<String> stoppedBecause, FailedItems failures) {
        List<Future<String>> outcomes = new ArrayList<>();
        String free = "attribute_not_exists(#k)";
        for (Item item : items) {
            outcomes.add(singles.submit(() -> {
                if (stoppedBecause.get() != null) {
                    return null;
                }
                rate.acquire(() -> stoppedBecause.get() != null);
                try {
                    targetGuard.check("copy items into " + info.name());
                    Retries.call(() -> target.putItem(put -> put.tableName(info.name()).item(AttributeValues.fromItem(item))
                            .conditionExpression(free).expressionAttributeNames(java.util.Map.of("#k", info.partitionKey().name()))));
                    return "written";
                } catch (ConditionalCheckFailedException taken) {
                    if (ifExists == IfExists.FAIL) {
                        stoppedBecause.compareAndSet(null, "An item with the key " + dev.dynamodesk.item.DynamoJson.write(info.keyOf(item),
                                false) + " is already in " + info.name() + " (if it exists: fail).");
                    }
                    return "skipped";
                } catch (RuntimeException e) {
                    failures.add(List.of(item), ErrorMessages.summary(e));
                    return "failed";
                }
            }));
        }
        long written = 0;
        long skipped = 0;
        long failed = 0;
        boolean interrupted = false;
        for (Future<String> outcome : outcomes) {
            String result = null;
            // The puts already sent finish (each has a timeout): their outcome is counted even when
            // this segment is being stopped, so that every item read is accounted for.
            while (true) {
                try {
                    result = outcome.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            if ("written".equals(result)) {
                written++;
            } else if ("skipped".equals(result)) {
                skipped++;
            } else if ("failed".equals(result)) {
                failed++;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new ChunkTally(written, skipped, failed);
    }
}
