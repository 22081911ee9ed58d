package dev.dynamodesk.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C during a long command: the JVM is shutting down, so the hook asks the work to stop, waits
 * a moment for it to clean up (an export deletes its part file) and says what happened, rather
 * than leave a half-written file and exit silently.
 */
final class StopOnInterrupt implements AutoCloseable {
    private static final long CLEAN_UP_SECONDS = 5;

    private final CliEnvironment environment;
    private final String message;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;
    private volatile Runnable onRequest = () -> { };

    private StopOnInterrupt(CliEnvironment environment, String message) {
        this.environment = environment;
        this.message = message;
        this.hook = new Thread(this::interrupted, "stop-on-interrupt");
    }

    /** Installs the hook until {@link #close}; {@code message} is printed when Ctrl+C stopped the work. */
    static StopOnInterrupt install(CliEnvironment environment, String message) {
        StopOnInterrupt stop = new StopOnInterrupt(environment, message);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Whether the work should stop now. */
    boolean requested() {
        return requested;
    }

    /** Also runs {@code action} when Ctrl+C asks the work to stop (a bulk run's Stop). */
    void onRequest(Runnable action) {
        onRequest = action;
    }

    private void interrupted() {
        requested = true;
        onRequest.run();
        try {
            finished.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        environment.err().println(message);
        environment.err().flush();
    }

    /** The work is over (done, failed or stopped): the hook is no longer needed. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it reports.
        }
    }
}
