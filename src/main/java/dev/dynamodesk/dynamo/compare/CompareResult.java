package dev.dynamodesk.dynamo.compare;

/** A comparison's counts: items only on the left, only on the right, different, and the same. */
public record CompareResult(long onlyLeft, long onlyRight, long different, long same, long leftRead, long rightRead) {
    public boolean identical() {
        return onlyLeft == 0 && onlyRight == 0 && different == 0;
    }

    /** The line {@code diff} prints: "only-left N, only-right N, different N, same N". */
    public String summary() {
        return String.format("only-left %d, only-right %d, different %d, same %d", onlyLeft, onlyRight, different, same);
    }
}
