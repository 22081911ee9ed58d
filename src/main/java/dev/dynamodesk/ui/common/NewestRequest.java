package dev.dynamodesk.ui.common;

/**
 * A line of requests of which only the newest may report back: a table described again, the
 * table list read again, a count started over. An older request's answer (and anything it
 * {@linkplain TaskContext#deliver delivers} on the way) arriving late is dropped, and starting a
 * newer one cancels the older. Used from the FX thread, through {@link TaskRunner.Builder#newestOf}.
 */
public final class NewestRequest {
    private long newest;
    private RunningTask running;

    /** Whether {@code request} is still the newest (nothing started or {@link #supersede}d since). */
    public boolean isNewest(long request) {
        return request == newest;
    }

    /** Makes every request made so far old (a reset): their answers will be dropped. */
    public void supersede() {
        newest++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Stops the running request, which stays the newest: its cancellation is reported (a Stop button). */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Starts a new request, the previous one cancelled; returns its number. */
    long begin() {
        supersede();
        return newest;
    }

    void started(long request, RunningTask task) {
        if (request == newest) {
            running = task;
        }
    }

    void ended(long request) {
        if (request == newest) {
            running = null;
        }
    }
}
