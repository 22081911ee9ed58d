package dev.dynamodesk.dynamo.ops;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.WriteGuard;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * Sends an operation's request (one of {@link OperationRequests}') once the write guard allows it
 * (a read-only connection refuses every one), and says in a sentence what the endpoint answered.
 */
public final class OperationSender {
    private final WriteGuard guard;
    private final Map<Class<? extends DynamoDbRequest>, Function<DynamoDbRequest, String>> calls = new LinkedHashMap<>();

    public OperationSender(DynamoDbClient client, WriteGuard guard) {
        this.guard = guard;
        on(UpdateTableRequest.class, request -> "Table " + client.updateTable(request).tableDescription().tableStatusAsString());
        on(UpdateTimeToLiveRequest.class, request -> {
            var ttl = client.updateTimeToLive(request).timeToLiveSpecification();
            return "TTL " + (Boolean.TRUE.equals(ttl.enabled()) ? "enabling on " + ttl.attributeName() : "disabling");
        });
        on(UpdateContinuousBackupsRequest.class, request -> "Point-in-time recovery " + client.updateContinuousBackups(request)
                .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatusAsString());
        on(RestoreTableToPointInTimeRequest.class, request -> "Restoring into " + client.restoreTableToPointInTime(request)
                .tableDescription().tableName());
        on(CreateBackupRequest.class, request -> {
            var backup = client.createBackup(request).backupDetails();
            return "Backup " + backup.backupName() + " " + backup.backupStatusAsString() + " (" + backup.backupArn() + ")";
        });
        on(DeleteBackupRequest.class, request -> "Backup " + client.deleteBackup(request).backupDescription().backupDetails()
                .backupStatusAsString());
        on(RestoreTableFromBackupRequest.class, request -> "Restoring into " + client.restoreTableFromBackup(request)
                .tableDescription().tableName());
        on(TagResourceRequest.class, request -> {
            client.tagResource(request);
            return "Tagged";
        });
        on(UntagResourceRequest.class, request -> {
            client.untagResource(request);
            return "Tags removed";
        });
        on(PutResourcePolicyRequest.class, request -> "Policy saved, revision " + client.putResourcePolicy(request).revisionId());
        on(DeleteResourcePolicyRequest.class, request -> {
            client.deleteResourcePolicy(request);
            return "Policy deleted";
        });
        on(UpdateContributorInsightsRequest.class, request -> "Contributor insights "
                + client.updateContributorInsights(request).contributorInsightsStatusAsString());
    }

    @SuppressWarnings("unchecked")
    private <R extends DynamoDbRequest> void on(Class<R> type, Function<R, String> call) {
        calls.put(type, request -> call.apply((R) request));
    }

    /** Sends the request; blocking, so off the FX thread. */
    public String send(PlannedRequest planned) {
        Function<DynamoDbRequest, String> call = calls.get(planned.request().getClass());
        if (call == null) {
            throw new IllegalArgumentException("Not an operation: " + planned.operation());
        }
        guard.check(planned.operation());
        return call.apply(planned.request());
    }
}
