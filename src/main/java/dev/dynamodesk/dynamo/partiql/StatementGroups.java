package dev.dynamodesk.dynamo.partiql;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Statements sent together: {@code ExecuteTransaction} (all or nothing, up to 100) and
 * {@code BatchExecuteStatement} (each on its own, up to 25). DynamoDB wants a group to be all
 * reads or all writes; that and the sizes are checked here before anything is sent.
 */
public final class StatementGroups {
    public static final int MAX_TRANSACTION = 100;
    public static final int MAX_BATCH = 25;

    private final PartiqlRunner runner;

    public StatementGroups(PartiqlRunner runner) {
        this.runner = runner;
    }

    public GroupResult transaction(List<BoundStatement> statements) {
        boolean writes = checkGroup(statements, MAX_TRANSACTION, "A transaction");
        if (writes) {
            runner.guard().check("run a transaction that writes");
        }
        List<ParameterizedStatement> requests = new ArrayList<>();
        for (BoundStatement statement : statements) {
            PartiqlErrors.checkBeforeSending(statement);
            ParameterizedStatement.Builder request = ParameterizedStatement.builder().statement(statement.text());
            if (!statement.parameters().isEmpty()) {
                request.parameters(PartiqlRunner.parameters(statement));
            }
            requests.add(request.build());
        }
        try {
            ExecuteTransactionResponse response = runner.client().executeTransaction(b -> b.transactStatements(requests)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            List<GroupResult.Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                ItemResponse item = i < response.responses().size() ? response.responses().get(i) : null;
                outcomes.add(new GroupResult.Outcome(item == null || !item.hasItem() ? null : AttributeValues.toItem(item.item()),
                        null, null));
            }
            return new GroupResult(true, true, outcomes, PartiqlRunner.add(null, response.consumedCapacity()));
        } catch (TransactionCanceledException cancelled) {
            List<GroupResult.Outcome> outcomes = new ArrayList<>();
            List<CancellationReason> reasons = cancelled.cancellationReasons();
            for (int i = 0; i < statements.size(); i++) {
                CancellationReason reason = i < reasons.size() ? reasons.get(i) : null;
                outcomes.add(new GroupResult.Outcome(null, reason == null ? "None" : reason.code(),
                        reason == null ? null : explainReason(reason)));
            }
            return new GroupResult(true, false, outcomes, null);
        } catch (AwsServiceException refused) {
            throw PartiqlErrors.explain(refused, statements.get(0), runner.tableNames());
        }
    }

    public GroupResult batch(List<BoundStatement> statements) {
        boolean writes = checkGroup(statements, MAX_BATCH, "A batch");
        if (writes) {
            runner.guard().check("run a batch that writes");
        }
        List<BatchStatementRequest> requests = new ArrayList<>();
        for (BoundStatement statement : statements) {
            PartiqlErrors.checkBeforeSending(statement);
            BatchStatementRequest.Builder request = BatchStatementRequest.builder().statement(statement.text());
            if (!statement.parameters().isEmpty()) {
                request.parameters(PartiqlRunner.parameters(statement));
            }
            requests.add(request.build());
        }
        try {
            var response = runner.client().batchExecuteStatement(b -> b.statements(requests)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            List<GroupResult.Outcome> outcomes = new ArrayList<>();
            for (BatchStatementResponse part : response.responses()) {
                Item item = part.hasItem() && !part.item().isEmpty() ? AttributeValues.toItem(part.item()) : null;
                if (part.error() != null) {
                    outcomes.add(new GroupResult.Outcome(null, part.error().codeAsString(), part.error().message()));
                } else {
                    outcomes.add(new GroupResult.Outcome(item, null, null));
                }
            }
            return new GroupResult(false, true, outcomes, PartiqlRunner.add(null, response.consumedCapacity()));
        } catch (AwsServiceException refused) {
            throw PartiqlErrors.explain(refused, statements.get(0), runner.tableNames());
        }
    }

    /** Checks size and kinds; tells whether the group writes. */
    private static boolean checkGroup(List<BoundStatement> statements, int max, String what) {
        if (statements.isEmpty()) {
            throw new PartiqlException(what + " needs at least one statement.", -1, 0, "", null);
        }
        if (statements.size() > max) {
            throw new PartiqlException(what + " holds at most " + max + " statements; this one has "
                    + statements.size() + ".", -1, 0, "", null);
        }
        long reads = statements.stream().filter(s -> s.shape().kind() == StatementShape.Kind.SELECT).count();
        if (reads != 0 && reads != statements.size()) {
            throw new PartiqlException(what + " must be all SELECTs or all writes (INSERT, UPDATE, DELETE, EXISTS); "
                    + "this one mixes them.", -1, 0, "", null);
        }
        return reads == 0;
    }

    private static String explainReason(CancellationReason reason) {
        String code = reason.code();
        String message = reason.message() == null ? "" : reason.message();
        if ("ConditionalCheckFailed".equals(code)) {
            return "Its condition was false (an UPDATE of an item that does not exist, or a WHERE condition or EXISTS "
                    + "that did not hold). " + message;
        }
        if (message.contains("Duplicate primary key")) {
            return "An item with this key already exists: INSERT never replaces an item.";
        }
        if ("TransactionConflict".equals(code)) {
            return "Another request was changing the same item at the same time. Run it again.";
        }
        return message.isEmpty() ? code : message;
    }
}
