package dev.dynamodesk.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the transformers did, counted as the items went by (from every segment at once): values
 * changed per path (and per default), and set members that became equal after their
 * transformer, which a set cannot hold twice: merged, and counted here so it is never silent.
 */
public final class TransformReport {
    private final Map<String, LongAdder> transformed = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> merged = new ConcurrentHashMap<>();

    void transformed(String rule) {
        transformed.computeIfAbsent(rule, ignored -> new LongAdder()).increment();
    }

    void merged(String path, int members) {
        merged.computeIfAbsent(path, ignored -> new LongAdder()).add(members);
    }

    /** Values changed, by rule ("email=email", "default S=hash"). */
    public Map<String, Long> transformedByRule() {
        Map<String, Long> counts = new TreeMap<>();
        transformed.forEach((rule, count) -> counts.put(rule, count.sum()));
        return counts;
    }

    /** Set members merged, by the path of their set. */
    public Map<String, Long> mergedByPath() {
        Map<String, Long> counts = new TreeMap<>();
        merged.forEach((path, count) -> counts.put(path, count.sum()));
        return counts;
    }

    /** One line each: "email=email: 1,000 values", "phones: 2 set members merged (equal after their transformer)". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        transformedByRule().forEach((rule, count) -> lines.add(String.format("%s: %,d %s", rule, count, count == 1 ? "value" : "values")));
        mergedByPath().forEach((path, count) -> lines.add(String.format("%s: %,d set %s merged (equal after their transformer)", path,
                count, count == 1 ? "member" : "members")));
        return lines;
    }
}
