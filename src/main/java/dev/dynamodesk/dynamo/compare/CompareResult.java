package dev.dynamodesk.dynamo.compare;

/**
 * A comparison's counts (items only on the left, only on the right, different, the same) and how
 * long its two parts took: reading both sides into partitions, then comparing them.
 */
public record CompareResult(long onlyLeft, long onlyRight, long different, long same, long leftRead, long rightRead,
                            long readMillis, long compareMillis) {
    public boolean identical() {
        return onlyLeft == 0 && onlyRight == 0 && different == 0;
    }

    /** The line {@code diff} prints: "only-left N, only-right N, different N, same N". */
    public String summary() {
        return String.format("only-left %d, only-right %d, different %d, same %d", onlyLeft, onlyRight, different, same);
    }
}
