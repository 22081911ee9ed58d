package dev.dynamodesk.ui.common;

import java.util.function.BooleanSupplier;

/** What background work sees of its task: whether it was cancelled, and a way to report progress. */
public interface TaskContext {
    boolean isCancelled();

    /** For services that take a cancellation signal. */
    default BooleanSupplier cancelled() {
        return this::isCancelled;
    }

    /** A short line of what is happening now ("Writing events 4,000 of 20,000"). */
    void message(String text);

    /** Progress as done of total; a negative total means "unknown". */
    void progress(long done, long total);

    /**
     * Runs {@code action} on the FX thread while the work goes on: for results that arrive in parts
     * (pages of a long load). Each call is one FX event; deliver big parts, not single items.
     */
    void deliver(Runnable action);
}
