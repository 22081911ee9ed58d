package dev.dynamodesk.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * For benchmarks: posts an event to the FX thread every 5 ms until {@code done} opens, and keeps
 * the longest any of them waited — the pause a click would feel.
 */
public final class FxLatencyProbe {
    private final AtomicLong worst = new AtomicLong();

    private FxLatencyProbe() {
    }

    public static FxLatencyProbe startUntil(CountDownLatch done) {
        FxLatencyProbe probe = new FxLatencyProbe();
        Thread thread = new Thread(() -> {
            while (done.getCount() > 0) {
                long posted = System.nanoTime();
                Platform.runLater(() -> probe.worst.accumulateAndGet(System.nanoTime() - posted, Math::max));
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

    public double worstMillis() {
        return worst.get() / 1e6;
    }
}
