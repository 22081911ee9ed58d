package dev.dynamodesk.dynamo.ops;

import dev.dynamodesk.dynamo.TableDetails.Fact;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A table's operational settings as the operations panel and {@code describe} show them. Each comes
 * from a call an endpoint may not offer (DynamoDB Local has no backups, tags or policies): then it
 * is a {@link Fact} holding the endpoint's own words instead of a value.
 */
public record OperationsState(
        String table,
        String arn,
        Fact<Stream> stream,
        Fact<TimeToLive> timeToLive,
        Fact<PointInTimeRecovery> pointInTimeRecovery,
        Fact<List<Backup>> backups,
        Fact<Map<String, String>> tags,
        Fact<Boolean> deletionProtection,
        Fact<String> tableClass,
        Fact<WarmThroughput> warmThroughput,
        Fact<OnDemandMaximum> onDemandMaximum,
        Fact<Policy> policy,
        Fact<List<Replica>> replicas,
        Fact<String> contributorInsights) {

    /** Streams: off, or on with what each record holds (KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES). */
    public record Stream(boolean enabled, String viewType, String arn) {
    }

    /** TTL status (ENABLED, DISABLED, ENABLING, DISABLING) and the attribute holding expiry times. */
    public record TimeToLive(String status, String attribute) {
        public boolean enabled() {
            return "ENABLED".equals(status) || "ENABLING".equals(status);
        }
    }

    /** PITR status; when on, the recovery period and the window a restore may choose from. */
    public record PointInTimeRecovery(String status, Integer recoveryPeriodDays, Instant earliest, Instant latest) {
        public boolean enabled() {
            return "ENABLED".equals(status);
        }
    }

    /** An on-demand backup. */
    public record Backup(String name, String arn, String status, String type, Instant created, Long sizeBytes) {
    }

    /** Warm throughput: the reads and writes a second the table is ready for at once, and its status. */
    public record WarmThroughput(Long readUnitsPerSecond, Long writeUnitsPerSecond, String status) {
    }

    /** On-demand maximum throughput: request units a second the table may use at most (null or -1: no maximum). */
    public record OnDemandMaximum(Long maxReadRequestUnits, Long maxWriteRequestUnits) {
    }

    /** The resource-based policy: its JSON and revision, or none (json null). */
    public record Policy(String json, String revisionId) {
        public static Policy none() {
            return new Policy(null, null);
        }

        public boolean present() {
            return json != null;
        }
    }

    /** A global table replica: its region and status. */
    public record Replica(String region, String status) {
    }
}
