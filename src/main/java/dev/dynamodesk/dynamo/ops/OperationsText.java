package dev.dynamodesk.dynamo.ops;

import dev.dynamodesk.dynamo.TableDetails.Fact;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each operational setting in a line of words, as {@code describe} prints it and the operations panel shows it. */
public final class OperationsText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());

    private OperationsText() {
    }

    /** Setting name to its line, in the panel's order. */
    public static Map<String, String> lines(OperationsState state) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Stream", text(state.stream(), OperationsText::stream));
        lines.put("Time to live", text(state.timeToLive(), ttl -> ttl.attribute() == null ? ttl.status()
                : ttl.status() + " on " + ttl.attribute()));
        lines.put("Point-in-time recovery", text(state.pointInTimeRecovery(), OperationsText::pointInTimeRecovery));
        lines.put("Backups", text(state.backups(), OperationsText::backups));
        lines.put("Deletion protection", text(state.deletionProtection(), on -> on ? "ENABLED" : "DISABLED"));
        lines.put("Table class", text(state.tableClass(), Function.identity()));
        lines.put("Warm throughput", text(state.warmThroughput(), warm -> String.format("%s reads/s, %s writes/s (%s)",
                count(warm.readUnitsPerSecond()), count(warm.writeUnitsPerSecond()), warm.status())));
        lines.put("On-demand maximum", text(state.onDemandMaximum(), OperationsText::onDemandMaximum));
        lines.put("Resource policy", text(state.policy(), policy -> policy.present()
                ? "present" + (policy.revisionId() == null ? "" : " (revision " + policy.revisionId() + ")") : "none"));
        lines.put("Replicas", text(state.replicas(), replicas -> replicas.isEmpty() ? "none (not a global table)"
                : replicas.stream().map(replica -> replica.region() + " " + replica.status()).collect(Collectors.joining(", "))));
        lines.put("Contributor insights", text(state.contributorInsights(), Function.identity()));
        lines.put("Tags", text(state.tags(), tags -> tags.isEmpty() ? "none"
                : tags.entrySet().stream().map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(", "))));
        return lines;
    }

    /** A fact's line, or "not available (the endpoint's words)". */
    public static <T> String text(Fact<T> fact, Function<T, String> words) {
        return fact.available() ? words.apply(fact.value()) : "not available (" + fact.unavailable() + ")";
    }

    public static String when(Instant time) {
        return time == null ? "-" : WHEN.format(time);
    }

    private static String stream(OperationsState.Stream stream) {
        return stream.enabled() ? stream.viewType() + (stream.arn() == null ? "" : " (" + stream.arn() + ")") : "DISABLED";
    }

    private static String pointInTimeRecovery(OperationsState.PointInTimeRecovery pitr) {
        if (!pitr.enabled()) {
            return pitr.status();
        }
        return pitr.status() + (pitr.recoveryPeriodDays() == null ? "" : ", " + pitr.recoveryPeriodDays() + " days")
                + (pitr.earliest() == null ? "" : "; restorable from " + when(pitr.earliest()) + " to " + when(pitr.latest()));
    }

    private static String backups(List<OperationsState.Backup> backups) {
        if (backups.isEmpty()) {
            return "none";
        }
        OperationsState.Backup latest = backups.stream().filter(backup -> backup.created() != null)
                .max(java.util.Comparator.comparing(OperationsState.Backup::created)).orElse(backups.get(0));
        return backups.size() + (backups.size() == 1 ? " backup" : " backups") + "; latest " + latest.name() + ", "
                + when(latest.created()) + " (" + latest.status() + ")";
    }

    private static String onDemandMaximum(OperationsState.OnDemandMaximum most) {
        boolean noRead = most.maxReadRequestUnits() == null || most.maxReadRequestUnits() < 0;
        boolean noWrite = most.maxWriteRequestUnits() == null || most.maxWriteRequestUnits() < 0;
        if (noRead && noWrite) {
            return "none";
        }
        return (noRead ? "reads unlimited" : count(most.maxReadRequestUnits()) + " read") + ", "
                + (noWrite ? "writes unlimited" : count(most.maxWriteRequestUnits()) + " write") + " request units/s";
    }

    private static String count(Long value) {
        return value == null ? "-" : String.format("%,d", value);
    }
}
