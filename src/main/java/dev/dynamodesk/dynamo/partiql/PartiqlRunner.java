package dev.dynamodesk.dynamo.partiql;

import dev.dynamodesk.dynamo.Retries;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Runs PartiQL statements. Writes pass the write guard first; a read-only connection refuses
 * anything but SELECT before a request leaves the process. Refusals by the server come back as
 * {@link PartiqlException}s in plain words; network failures are passed on as they are.
 * Blocking: call it off the FX thread.
 */
public final class PartiqlRunner {
    /**
     * Items asked for per request. DynamoDB Local reads a whole 1 MB page slower the more rows are
     * left (see DESIGN.md), so a SELECT always sets a limit.
     */
    public static final int REQUEST_LIMIT = 500;

    private final DynamoDbClient client;
    private final WriteGuard guard;
    private final Supplier<Collection<String>> tableNames;

    /** {@code tableNames} are the connection's tables, for "did you mean" when one is misspelt. */
    public PartiqlRunner(DynamoDbClient client, WriteGuard guard, Supplier<Collection<String>> tableNames) {
        this.client = client;
        this.guard = guard;
        this.tableNames = tableNames;
    }

    public WriteGuard guard() {
        return guard;
    }

    /**
     * Runs one statement. For a SELECT it reads from {@code nextToken} until it has {@code wanted}
     * items or there are no more (a page a filter left empty is not the end), or {@code cancelled}
     * says stop; the result carries the token to go on from.
     */
    public StatementResult execute(BoundStatement statement, String nextToken, int wanted, BooleanSupplier cancelled) {
        StatementShape shape = statement.shape();
        if (shape.kind() != StatementShape.Kind.SELECT) {
            guard.check("run a PartiQL " + (shape.kind() == StatementShape.Kind.UNKNOWN ? "statement that is not a SELECT"
                    : shape.kind().name()));
        }
        PartiqlErrors.checkBeforeSending(statement);
        if (shape.kind() == StatementShape.Kind.SELECT) {
            return select(statement, shape, nextToken, wanted, cancelled);
        }
        return write(statement, shape);
    }

    private StatementResult select(BoundStatement statement, StatementShape shape, String from, int wanted,
            BooleanSupplier cancelled) {
        List<Item> items = new ArrayList<>();
        String token = from;
        Double capacity = null;
        int requests = 0;
        do {
            int limit = Math.max(1, Math.min(REQUEST_LIMIT, wanted - items.size()));
            String after = token;
            // A SELECT only reads: it is tried again after throttling or a server error.
            ExecuteStatementResponse response;
            try {
                response = Retries.call(() -> client.executeStatement(request(statement).limit(limit).nextToken(after).build()));
            } catch (AwsServiceException refused) {
                throw PartiqlErrors.explain(refused, statement, tableNames);
            }
            requests++;
            response.items().forEach(attributes -> items.add(AttributeValues.toItem(attributes)));
            capacity = add(capacity, response.consumedCapacity());
            token = response.nextToken();
        } while (token != null && items.size() < wanted && !cancelled.getAsBoolean());
        String summary = items.size() == 1 ? "1 item" : items.size() + " items";
        return new StatementResult(shape.kind(), items, token, capacity, 0, summary, requests);
    }

    private StatementResult write(BoundStatement statement, StatementShape shape) {
        // A DELETE of a key that does not exist succeeds quietly; asking for the old item tells the
        // two apart. It costs nothing more, and the statement is otherwise sent as written.
        boolean checkDeleted = shape.kind() == StatementShape.Kind.DELETE && !shape.returning();
        String text = checkDeleted ? statement.text() + " RETURNING ALL OLD *" : statement.text();
        ExecuteStatementResponse response = send(statement, request(new BoundStatement(text, statement.parameters())));
        List<Item> items = response.items().stream().map(AttributeValues::toItem).toList();
        Double capacity = add(null, response.consumedCapacity());
        return switch (shape.kind()) {
            case INSERT -> new StatementResult(shape.kind(), items, null, capacity, 1, "Inserted 1 item.", 1);
            case UPDATE -> new StatementResult(shape.kind(), items, null, capacity, 1, "Updated 1 item.", 1);
            case DELETE -> {
                int deleted = checkDeleted ? items.size() : Math.max(items.size(), 1);
                String summary = deleted == 0 ? "Nothing was deleted: no item has this key." : "Deleted 1 item.";
                yield new StatementResult(shape.kind(), checkDeleted ? List.of() : items, null, capacity, deleted, summary, 1);
            }
            default -> new StatementResult(shape.kind(), items, null, capacity, 0, "Done.", 1);
        };
    }

    private static ExecuteStatementRequest.Builder request(BoundStatement statement) {
        ExecuteStatementRequest.Builder request = ExecuteStatementRequest.builder()
                .statement(statement.text())
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
        if (!statement.parameters().isEmpty()) {
            request.parameters(parameters(statement));
        }
        return request;
    }

    static List<AttributeValue> parameters(BoundStatement statement) {
        return statement.parameters().stream().map(AttributeValues::fromValue).toList();
    }

    private ExecuteStatementResponse send(BoundStatement statement, ExecuteStatementRequest.Builder request) {
        try {
            return client.executeStatement(request.build());
        } catch (AwsServiceException refused) {
            throw PartiqlErrors.explain(refused, statement, tableNames);
        }
    }

    Supplier<Collection<String>> tableNames() {
        return tableNames;
    }

    DynamoDbClient client() {
        return client;
    }

    static Double add(Double total, ConsumedCapacity capacity) {
        if (capacity == null || capacity.capacityUnits() == null) {
            return total;
        }
        return (total == null ? 0 : total) + capacity.capacityUnits();
    }

    static Double add(Double total, List<ConsumedCapacity> capacities) {
        Double sum = total;
        for (ConsumedCapacity capacity : capacities) {
            sum = add(sum, capacity);
        }
        return sum;
    }
}
