package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.change.ChangeRefused;
import dev.dynamodesk.item.change.Evaluation;
import dev.dynamodesk.item.edit.ItemDiff;
import dev.dynamodesk.item.edit.ItemSize;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a bulk run would do, worked out from the items as read and nothing written: how many would
 * change, how many are already as asked, how many cannot be changed and why, the write capacity
 * it would use, and a few before/after examples per attribute.
 */
public final class DryRunReport {
    /** Examples kept per attribute and per reason. */
    public static final int EXAMPLES = 3;

    /** One item's before and after of one attribute (after null: removed; before null: added). */
    public record Example(Item key, DynamoValue before, DynamoValue after) {
    }

    /** Items refused for one reason, with the first few. */
    public record Refusals(long count, List<String> examples) {
    }

    private long read;
    private long wouldChange;
    private long wouldDelete;
    private long unchanged;
    private long writeUnits;
    private final Map<ChangeRefused.Reason, Long> refusedCounts = new EnumMap<>(ChangeRefused.Reason.class);
    private final Map<ChangeRefused.Reason, List<String>> refusedExamples = new EnumMap<>(ChangeRefused.Reason.class);
    private final Map<String, Long> attributeCounts = new LinkedHashMap<>();
    private final Map<String, List<Example>> examples = new LinkedHashMap<>();
    private boolean complete;

    void add(Evaluation evaluation, Item key) {
        read++;
        if (evaluation instanceof Evaluation.Unchanged) {
            unchanged++;
        } else if (evaluation instanceof Evaluation.Delete delete) {
            wouldDelete++;
            writeUnits += units(ItemSize.of(delete.before()));
        } else if (evaluation instanceof Evaluation.Update update) {
            wouldChange++;
            // An update uses capacity for the larger of the item before and after it.
            writeUnits += units(Math.max(ItemSize.of(update.before()), ItemSize.of(update.after())));
            for (ItemDiff.Change change : update.diff()) {
                attributeCounts.merge(change.name(), 1L, Long::sum);
                List<Example> kept = examples.computeIfAbsent(change.name(), name -> new ArrayList<>());
                if (kept.size() < EXAMPLES) {
                    kept.add(new Example(key, change.before(), change.after()));
                }
            }
        } else if (evaluation instanceof Evaluation.Refused refused) {
            refusedCounts.merge(refused.reason(), 1L, Long::sum);
            List<String> kept = refusedExamples.computeIfAbsent(refused.reason(), reason -> new ArrayList<>());
            if (kept.size() < EXAMPLES) {
                kept.add(refused.detail());
            }
        }
    }

    private static long units(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    void completed() {
        complete = true;
    }

    /** Whether every item was read (false: stopped part-way; the counts are of what was read). */
    public boolean complete() {
        return complete;
    }

    public long read() {
        return read;
    }

    public long wouldChange() {
        return wouldChange;
    }

    public long wouldDelete() {
        return wouldDelete;
    }

    /** Writes the run would send: changes and deletes. */
    public long writes() {
        return wouldChange + wouldDelete;
    }

    public long unchanged() {
        return unchanged;
    }

    public long refused() {
        return refusedCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<ChangeRefused.Reason, Refusals> refusals() {
        Map<ChangeRefused.Reason, Refusals> out = new EnumMap<>(ChangeRefused.Reason.class);
        refusedCounts.forEach((reason, count) -> out.put(reason, new Refusals(count, List.copyOf(refusedExamples.get(reason)))));
        return out;
    }

    /** Write capacity units the writes would use (successful ones; a refused condition uses capacity too). */
    public long writeUnits() {
        return writeUnits;
    }

    /** Write units an average write of this run takes (at least 1). */
    public double unitsPerWrite() {
        return writes() == 0 ? 1 : Math.max(1, writeUnits / (double) writes());
    }

    /** How many items would change each attribute, in the order first seen. */
    public Map<String, Long> attributeCounts() {
        return new LinkedHashMap<>(attributeCounts);
    }

    public Map<String, List<Example>> examples() {
        Map<String, List<Example>> out = new LinkedHashMap<>();
        examples.forEach((name, kept) -> out.put(name, List.copyOf(kept)));
        return out;
    }

    /** Seconds the writes would take at {@code perSecond} writes a second; -1 with no rate to go by. */
    public double secondsAt(double perSecond) {
        return perSecond <= 0 ? -1 : writes() / perSecond;
    }

    /** The dry run in one line: "would change 4,950, unchanged 50, would fail 0 (read 5,000)". */
    public String summary() {
        return (wouldDelete > 0 ? String.format("would delete %,d", wouldDelete) : String.format("would change %,d", wouldChange))
                + String.format(", unchanged %,d, would fail %,d (read %,d; %,d write capacity units)", unchanged, refused(), read,
                writeUnits);
    }
}
