package dev.dynamodesk.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * For benchmarks: posts an event to the FX thread every 5 ms until {@code done} opens, and keeps
 * the longest any of them waited — the pause a click would feel — and when the long ones came.
 */
public final class FxLatencyProbe {
    private static final long LONG_WAIT_NANOS = 50_000_000;

    private final AtomicLong worst = new AtomicLong();
    private final AtomicInteger longWaits = new AtomicInteger();
    private final AtomicLong lastLongWaitAt = new AtomicLong();
    private final long started = System.nanoTime();

    private FxLatencyProbe() {
    }

    public static FxLatencyProbe startUntil(CountDownLatch done) {
        FxLatencyProbe probe = new FxLatencyProbe();
        Thread thread = new Thread(() -> {
            while (done.getCount() > 0) {
                long posted = System.nanoTime();
                Platform.runLater(() -> probe.ran(posted));
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-latency-probe");
        thread.setDaemon(true);
        thread.start();
        return probe;
    }

    private void ran(long posted) {
        long now = System.nanoTime();
        long waited = now - posted;
        worst.accumulateAndGet(waited, Math::max);
        if (waited > LONG_WAIT_NANOS) {
            longWaits.incrementAndGet();
            lastLongWaitAt.set(now - started);
        }
    }

    public double worstMillis() {
        return worst.get() / 1e6;
    }

    /** How many probe events waited over 50 ms (several may share one long pause). */
    public int longWaits() {
        return longWaits.get();
    }

    /** When the last wait over 50 ms ended, in ms after the probe started; 0 if none. */
    public double lastLongWaitMillis() {
        return lastLongWaitAt.get() / 1e6;
    }
}
