package dev.dynamodesk.dynamo.admin;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.WriteGuard;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * Sends planned table changes one after another, waiting for the table (and its indexes) to be
 * ACTIVE before the next, as DynamoDB requires. Refused on read-only connections.
 */
public final class TableAdmin {
    private static final long POLL_MILLIS = 1_000;
    private static final long MAX_WAIT_MILLIS = 30 * 60 * 1_000L;

    private final DynamoDbClient client;
    private final WriteGuard guard;

    public TableAdmin(DynamoDbClient client, WriteGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    /** Sends each request in order; tells {@code progress} what it is doing. */
    public void execute(List<PlannedRequest> requests, BooleanSupplier cancelled, Consumer<String> progress) {
        for (PlannedRequest planned : requests) {
            guard.check(planned.operation() + " " + tableOf(planned));
        }
        for (int i = 0; i < requests.size(); i++) {
            PlannedRequest planned = requests.get(i);
            String table = tableOf(planned);
            if (i > 0) {
                waitUntilActive(table, cancelled, progress);
            }
            progress.accept("Sending " + planned.operation() + " for " + table);
            if (planned.request() instanceof CreateTableRequest create) {
                client.createTable(create);
            } else if (planned.request() instanceof UpdateTableRequest update) {
                client.updateTable(update);
            } else if (planned.request() instanceof UpdateTimeToLiveRequest ttl) {
                client.updateTimeToLive(ttl);
            } else if (planned.request() instanceof DeleteTableRequest delete) {
                client.deleteTable(delete);
            } else {
                throw new IllegalArgumentException("Not a table change: " + planned.operation());
            }
        }
    }

    private static String tableOf(PlannedRequest planned) {
        if (planned.request() instanceof CreateTableRequest r) {
            return r.tableName();
        } else if (planned.request() instanceof UpdateTableRequest r) {
            return r.tableName();
        } else if (planned.request() instanceof UpdateTimeToLiveRequest r) {
            return r.tableName();
        } else if (planned.request() instanceof DeleteTableRequest r) {
            return r.tableName();
        }
        return "?";
    }

    /** Creates a table and returns once it is ACTIVE, ready for items (an import into a new table). */
    public void createAndWait(CreateTableSpec spec, BooleanSupplier cancelled, Consumer<String> progress) {
        List<String> problems = spec.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        execute(TableRequests.create(spec), cancelled, progress);
        waitUntilActive(spec.name(), cancelled, progress);
    }

    private void waitUntilActive(String table, BooleanSupplier cancelled, Consumer<String> progress) {
        long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Stopped waiting for " + table + "; the requests sent so far stand");
            }
            TableDescription description;
            try {
                description = client.describeTable(b -> b.tableName(table)).table();
            } catch (ResourceNotFoundException stillCreating) {
                description = null;
            }
            if (description != null && description.tableStatus() == TableStatus.ACTIVE
                    && description.globalSecondaryIndexes().stream().allMatch(i -> "ACTIVE".equals(i.indexStatusAsString()))) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(table + " did not become ACTIVE within 30 minutes");
            }
            progress.accept("Waiting for " + table + " to be ACTIVE");
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while waiting for " + table);
            }
        }
    }
}
