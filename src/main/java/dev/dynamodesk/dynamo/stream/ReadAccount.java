package dev.dynamodesk.dynamo.stream;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a parallel read did, segment by segment: the items each handed over, what the server
 * evaluated, how many chunks, and whether the segment reached its end. A run is complete only
 * when every segment did.
 */
public record ReadAccount(List<SegmentTally> segments) {
    /** One segment's figures. */
    public record SegmentTally(int segment, long items, long scanned, long chunks, boolean completed) {
    }

    public ReadAccount {
        segments = List.copyOf(segments);
    }

    public long items() {
        return segments.stream().mapToLong(SegmentTally::items).sum();
    }

    public long scanned() {
        return segments.stream().mapToLong(SegmentTally::scanned).sum();
    }

    public boolean complete() {
        return segments.stream().allMatch(SegmentTally::completed);
    }

    /** The segments that did not reach their end. */
    public List<Integer> unfinished() {
        return segments.stream().filter(tally -> !tally.completed()).map(SegmentTally::segment).toList();
    }

    /** Throws when a segment did not reach its end: its items would be missing from the run. */
    public ReadAccount requireComplete() {
        if (!complete()) {
            throw new AccountingException("The read ended before segments " + unfinished() + " reached their end ("
                    + describe() + ")");
        }
        return this;
    }

    /** "12,345 items read (segments: 3,001 + 3,120 + 3,100 + 3,124)". */
    public String describe() {
        String total = String.format("%,d item%s read", items(), items() == 1 ? "" : "s");
        if (segments.size() <= 1) {
            return total;
        }
        return total + " (segments: " + segments.stream()
                .map(tally -> String.format("%,d", tally.items()) + (tally.completed() ? "" : " unfinished"))
                .collect(Collectors.joining(" + ")) + ")";
    }
}
