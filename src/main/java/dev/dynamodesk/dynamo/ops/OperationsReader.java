package dev.dynamodesk.dynamo.ops;

import dev.dynamodesk.dynamo.TableDetails.Fact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.PolicyNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * Reads a table's operational settings: DescribeTable, then one call for each of TTL, PITR,
 * backups, tags, the resource policy and contributor insights, each of which an endpoint may not
 * offer (and says so in its own words).
 */
public final class OperationsReader {
    private final DynamoDbClient client;

    public OperationsReader(DynamoDbClient client) {
        this.client = client;
    }

    /** The table's ARN (tags, policies and exports name a table by it). */
    public String tableArn(String table) {
        return client.describeTable(b -> b.tableName(table)).table().tableArn();
    }

    /** Blocking; run it off the FX thread. */
    public OperationsState read(String table) {
        TableDescription description = client.describeTable(b -> b.tableName(table)).table();
        String arn = description.tableArn();
        return new OperationsState(table, arn,
                Fact.of(stream(description)),
                Fact.ask(() -> timeToLive(table)),
                Fact.ask(() -> pointInTimeRecovery(client.describeContinuousBackups(b -> b.tableName(table)).continuousBackupsDescription())),
                Fact.ask(() -> backups(table)),
                Fact.ask(() -> tags(arn)),
                description.deletionProtectionEnabled() == null ? Fact.notAvailable("not reported by this endpoint")
                        : Fact.of(description.deletionProtectionEnabled()),
                Fact.of(description.tableClassSummary() == null || description.tableClassSummary().tableClass() == null ? "STANDARD"
                        : description.tableClassSummary().tableClassAsString()),
                description.warmThroughput() == null ? Fact.notAvailable("not reported by this endpoint")
                        : Fact.of(new OperationsState.WarmThroughput(description.warmThroughput().readUnitsPerSecond(),
                        description.warmThroughput().writeUnitsPerSecond(), description.warmThroughput().statusAsString())),
                Fact.of(description.onDemandThroughput() == null ? new OperationsState.OnDemandMaximum(null, null)
                        : new OperationsState.OnDemandMaximum(description.onDemandThroughput().maxReadRequestUnits(),
                        description.onDemandThroughput().maxWriteRequestUnits())),
                Fact.ask(() -> policy(arn)),
                Fact.of(description.replicas().stream()
                        .map(replica -> new OperationsState.Replica(replica.regionName(), replica.replicaStatusAsString())).toList()),
                Fact.ask(() -> client.describeContributorInsights(b -> b.tableName(table)).contributorInsightsStatusAsString()));
    }

    /** Whether point-in-time recovery is on (what an export to S3 needs). */
    public boolean pointInTimeRecoveryOn(String table) {
        return pointInTimeRecovery(client.describeContinuousBackups(b -> b.tableName(table)).continuousBackupsDescription()).enabled();
    }

    /** The attribute TTL expires items by, when it is on; empty when it is off or the endpoint does not say. */
    public java.util.Optional<String> timeToLiveAttribute(String table) {
        Fact<OperationsState.TimeToLive> ttl = Fact.ask(() -> timeToLive(table));
        return ttl.available() && ttl.value().enabled() ? java.util.Optional.ofNullable(ttl.value().attribute()) : java.util.Optional.empty();
    }

    private OperationsState.TimeToLive timeToLive(String table) {
        var ttl = client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        return new OperationsState.TimeToLive(ttl.timeToLiveStatusAsString(), ttl.attributeName());
    }

    private static OperationsState.Stream stream(TableDescription description) {
        var spec = description.streamSpecification();
        boolean enabled = spec != null && Boolean.TRUE.equals(spec.streamEnabled());
        return new OperationsState.Stream(enabled, enabled ? spec.streamViewTypeAsString() : null, enabled ? description.latestStreamArn() : null);
    }

    private static OperationsState.PointInTimeRecovery pointInTimeRecovery(ContinuousBackupsDescription continuous) {
        PointInTimeRecoveryDescription pitr = continuous.pointInTimeRecoveryDescription();
        if (pitr == null) {
            return new OperationsState.PointInTimeRecovery("DISABLED", null, null, null);
        }
        return new OperationsState.PointInTimeRecovery(pitr.pointInTimeRecoveryStatusAsString(), pitr.recoveryPeriodInDays(),
                pitr.earliestRestorableDateTime(), pitr.latestRestorableDateTime());
    }

    private List<OperationsState.Backup> backups(String table) {
        List<OperationsState.Backup> backups = new ArrayList<>();
        String start = null;
        do {
            String from = start;
            var page = client.listBackups(b -> b.tableName(table).exclusiveStartBackupArn(from));
            for (BackupSummary backup : page.backupSummaries()) {
                backups.add(new OperationsState.Backup(backup.backupName(), backup.backupArn(), backup.backupStatusAsString(),
                        backup.backupTypeAsString(), backup.backupCreationDateTime(), backup.backupSizeBytes()));
            }
            start = page.lastEvaluatedBackupArn();
        } while (start != null);
        return backups;
    }

    /** The resource's tags, every page of them. */
    public Map<String, String> tags(String arn) {
        Map<String, String> tags = new LinkedHashMap<>();
        String next = null;
        do {
            String token = next;
            var page = client.listTagsOfResource(b -> b.resourceArn(arn).nextToken(token));
            for (Tag tag : page.tags()) {
                tags.put(tag.key(), tag.value());
            }
            next = page.nextToken();
        } while (next != null);
        return tags;
    }

    /** The policy, or none: DynamoDB answers PolicyNotFoundException for a table without one. */
    private OperationsState.Policy policy(String arn) {
        try {
            var answer = client.getResourcePolicy(b -> b.resourceArn(arn));
            return new OperationsState.Policy(answer.policy(), answer.revisionId());
        } catch (PolicyNotFoundException none) {
            return OperationsState.Policy.none();
        }
    }
}
