package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.Retries;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.dynamo.stream.RateLimit;
import dev.dynamodesk.dynamo.stream.Workers;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Sends a bulk run's writes: journaled a batch at a time before any of them goes out, then one
 * conditional request per item, several in flight, at most at the rate asked for. A write its
 * condition refuses is looked at again: the item already holds what the write would leave (an
 * earlier attempt whose answer was lost), or it changed since it was read and is left alone.
 * Throttling and server errors are retried ({@link Retries}); a run stops by itself after
 * {@value #FAILURES_IN_A_ROW} failures in a row.
 */
final class WriteRun implements AutoCloseable {
    static final int FAILURES_IN_A_ROW = 5;

    private final DynamoDbClient client;
    private final WriteGuard guard;
    private final String table;
    private final TableInfo info;
    private final JournalWriter journal;
    private final RunControl control;
    private final BulkTally tally;
    private final RateLimit rate;
    private final Workers workers;
    private final AtomicInteger failuresInARow = new AtomicInteger();

    WriteRun(DynamoDbClient client, WriteGuard guard, String table, TableInfo info, JournalWriter journal,
             BulkSettings settings, RunControl control, BulkTally tally) {
        this.client = client;
        this.guard = guard;
        this.table = table;
        this.info = info;
        this.journal = journal;
        this.control = control;
        this.tally = tally;
        this.rate = new RateLimit(settings.ratePerSecond());
        this.workers = new Workers(settings.inFlight(), "bulk-write");
    }

    /**
     * Journals {@code batch} (forced to disk), then sends each write as a slot frees, waiting while
     * paused. Writes the run stopped before sending are recorded as not attempted.
     */
    void send(List<PlannedWrite> batch) {
        if (batch.isEmpty()) {
            return;
        }
        tally.planned(batch.size());
        journal.writes(batch);
        for (int i = 0; i < batch.size(); i++) {
            if (!control.awaitGoing()) {
                batch.subList(i, batch.size()).forEach(write -> end(write, WriteResult.NOT_ATTEMPTED, null));
                return;
            }
            PlannedWrite write = batch.get(i);
            workers.submit(() -> write(write));
        }
    }

    /** Waits for the writes in flight. */
    void finish() {
        workers.awaitAll();
    }

    private void write(PlannedWrite write) {
        rate.acquire(control::stopped);
        if (control.stopped()) {
            end(write, WriteResult.NOT_ATTEMPTED, null);
            return;
        }
        try {
            guard.check("change items in " + table);
            PlannedRequest request = ConditionalWrites.request(table, info, write);
            Retries.call(() -> send(request));
            failuresInARow.set(0);
            end(write, WriteResult.WRITTEN, null);
        } catch (ConditionalCheckFailedException refused) {
            failuresInARow.set(0);
            lookAgain(write);
        } catch (CancellationException stopped) {
            end(write, WriteResult.FAILED, "stopped while the request was in flight: it may or may not have been applied");
        } catch (RuntimeException e) {
            failed(write, e);
        }
    }

    private Object send(PlannedRequest request) {
        if (request.request() instanceof UpdateItemRequest update) {
            return client.updateItem(update);
        }
        if (request.request() instanceof DeleteItemRequest delete) {
            return client.deleteItem(delete);
        }
        return client.putItem((PutItemRequest) request.request());
    }

    /** Why the condition refused: the write is already done, or the item changed since it was read. */
    private void lookAgain(PlannedWrite write) {
        try {
            Map<String, AttributeValue> found = Retries.call(() -> client.getItem(get -> get.tableName(table)
                    .key(AttributeValues.fromItem(write.key())).consistentRead(true))).item();
            Item now = found == null || found.isEmpty() ? null : AttributeValues.toItem(found);
            if (write.isDoneIn(now)) {
                end(write, WriteResult.ALREADY, null);
            } else {
                end(write, WriteResult.SKIPPED, "changed since read");
            }
        } catch (RuntimeException e) {
            failed(write, e);
        }
    }

    private void failed(PlannedWrite write, RuntimeException e) {
        String reason = ErrorMessages.summary(e);
        end(write, WriteResult.FAILED, reason);
        if (failuresInARow.incrementAndGet() >= FAILURES_IN_A_ROW) {
            control.stop("Stopped after " + FAILURES_IN_A_ROW + " failed writes in a row; the last: " + reason);
        }
    }

    private void end(PlannedWrite write, WriteResult result, String reason) {
        journal.outcome(write.sequence(), result, reason);
        tally.ended(write, result, reason);
    }

    @Override
    public void close() {
        workers.close();
    }
}
