package dev.dynamodesk.dynamo.bulk;

/** How one planned write ended, as the journal records it. */
public enum WriteResult {
    /** Written. */
    WRITTEN("written"),
    /** Refused by its condition, and the item already is as the write would leave it (an earlier attempt of ours, or the same change by another). */
    ALREADY("already"),
    /** Refused by its condition: the item changed since it was read; left as it is. */
    SKIPPED("skipped"),
    /** The request failed (the message says why); it may or may not have been applied. */
    FAILED("failed"),
    /** Journaled, never sent: the run stopped first. */
    NOT_ATTEMPTED("not attempted");

    private final String word;

    WriteResult(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static WriteResult ofWord(String word) {
        for (WriteResult result : values()) {
            if (result.word.equals(word)) {
                return result;
            }
        }
        throw new IllegalArgumentException("Unknown outcome '" + word + "' in the journal");
    }

    /** Whether the item certainly holds nothing this write did. */
    public boolean certainlyNotWritten() {
        return this == SKIPPED || this == NOT_ATTEMPTED;
    }
}
