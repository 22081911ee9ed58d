package dev.dynamodesk.dynamo.ops;

import dev.dynamodesk.dynamo.PlannedRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.CreateBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.PutResourcePolicyRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContributorInsightsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * The request each operation sends, built before anything is sent so that the panel (and the
 * user) can read it and its AWS CLI command first.
 */
public final class OperationRequests {
    /** The stream view types DynamoDB offers. */
    public static final List<String> STREAM_VIEW_TYPES = List.of("NEW_AND_OLD_IMAGES", "NEW_IMAGE", "OLD_IMAGE", "KEYS_ONLY");

    private OperationRequests() {
    }

    /** Turns the stream on with {@code viewType}, or off when it is null. */
    public static PlannedRequest stream(String table, String viewType) {
        return new PlannedRequest("UpdateTable", UpdateTableRequest.builder().tableName(table)
                .streamSpecification(spec -> {
                    spec.streamEnabled(viewType != null);
                    if (viewType != null) {
                        spec.streamViewType(viewType);
                    }
                }).build());
    }

    /** TTL on {@code attribute}, or off (DynamoDB wants the attribute named either way). */
    public static PlannedRequest timeToLive(String table, String attribute, boolean enabled) {
        return new PlannedRequest("UpdateTimeToLive", UpdateTimeToLiveRequest.builder().tableName(table)
                .timeToLiveSpecification(spec -> spec.attributeName(attribute).enabled(enabled)).build());
    }

    /** PITR on (with a recovery period of 1–35 days; null: DynamoDB's default of 35) or off. */
    public static PlannedRequest pointInTimeRecovery(String table, boolean enabled, Integer recoveryPeriodDays) {
        if (recoveryPeriodDays != null && (recoveryPeriodDays < 1 || recoveryPeriodDays > 35)) {
            throw new IllegalArgumentException("The recovery period is 1 to 35 days, not " + recoveryPeriodDays);
        }
        return new PlannedRequest("UpdateContinuousBackups", UpdateContinuousBackupsRequest.builder().tableName(table)
                .pointInTimeRecoverySpecification(spec -> {
                    spec.pointInTimeRecoveryEnabled(enabled);
                    if (enabled && recoveryPeriodDays != null) {
                        spec.recoveryPeriodInDays(recoveryPeriodDays);
                    }
                }).build());
    }

    /** A new table holding {@code table} as it was at {@code time} (null: the latest restorable time). */
    public static PlannedRequest restoreToPointInTime(String table, String newTable, Instant time) {
        return new PlannedRequest("RestoreTableToPointInTime", RestoreTableToPointInTimeRequest.builder().sourceTableName(table)
                .targetTableName(newTable).useLatestRestorableTime(time == null).restoreDateTime(time).build());
    }

    public static PlannedRequest createBackup(String table, String name) {
        return new PlannedRequest("CreateBackup", CreateBackupRequest.builder().tableName(table).backupName(name).build());
    }

    public static PlannedRequest deleteBackup(String backupArn) {
        return new PlannedRequest("DeleteBackup", DeleteBackupRequest.builder().backupArn(backupArn).build());
    }

    public static PlannedRequest restoreFromBackup(String backupArn, String newTable) {
        return new PlannedRequest("RestoreTableFromBackup", RestoreTableFromBackupRequest.builder().backupArn(backupArn)
                .targetTableName(newTable).build());
    }

    /** Adds the tags, or gives existing keys new values. */
    public static PlannedRequest tag(String arn, Map<String, String> tags) {
        return new PlannedRequest("TagResource", TagResourceRequest.builder().resourceArn(arn)
                .tags(tags.entrySet().stream().map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build()).toList()).build());
    }

    public static PlannedRequest untag(String arn, List<String> keys) {
        return new PlannedRequest("UntagResource", UntagResourceRequest.builder().resourceArn(arn).tagKeys(keys).build());
    }

    public static PlannedRequest deletionProtection(String table, boolean enabled) {
        return new PlannedRequest("UpdateTable", UpdateTableRequest.builder().tableName(table).deletionProtectionEnabled(enabled).build());
    }

    /** STANDARD or STANDARD_INFREQUENT_ACCESS. */
    public static PlannedRequest tableClass(String table, String tableClass) {
        return new PlannedRequest("UpdateTable", UpdateTableRequest.builder().tableName(table).tableClass(tableClass).build());
    }

    /** Warm throughput to pre-warm the table for (units a second; null leaves one as it is). */
    public static PlannedRequest warmThroughput(String table, Long readUnitsPerSecond, Long writeUnitsPerSecond) {
        return new PlannedRequest("UpdateTable", UpdateTableRequest.builder().tableName(table)
                .warmThroughput(warm -> warm.readUnitsPerSecond(readUnitsPerSecond).writeUnitsPerSecond(writeUnitsPerSecond)).build());
    }

    /** The most request units a second an on-demand table may use (-1: no maximum). */
    public static PlannedRequest onDemandMaximum(String table, long maxReadRequestUnits, long maxWriteRequestUnits) {
        return new PlannedRequest("UpdateTable", UpdateTableRequest.builder().tableName(table)
                .onDemandThroughput(most -> most.maxReadRequestUnits(maxReadRequestUnits).maxWriteRequestUnits(maxWriteRequestUnits))
                .build());
    }

    /** Puts the policy only if the table's is still at {@code expectedRevision} (null: only if it has none). */
    public static PlannedRequest putPolicy(String arn, String json, String expectedRevision) {
        PutResourcePolicyRequest.Builder request = PutResourcePolicyRequest.builder().resourceArn(arn).policy(json);
        request.expectedRevisionId(expectedRevision == null ? "NO_POLICY" : expectedRevision);
        return new PlannedRequest("PutResourcePolicy", request.build());
    }

    public static PlannedRequest deletePolicy(String arn, String expectedRevision) {
        return new PlannedRequest("DeleteResourcePolicy", DeleteResourcePolicyRequest.builder().resourceArn(arn)
                .expectedRevisionId(expectedRevision).build());
    }

    public static PlannedRequest contributorInsights(String table, boolean enabled) {
        return new PlannedRequest("UpdateContributorInsights", UpdateContributorInsightsRequest.builder().tableName(table)
                .contributorInsightsAction(enabled ? "ENABLE" : "DISABLE").build());
    }
}
