package dev.dynamodesk.dynamo.stream;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** At most so many writes a second, shared by the threads that send them: each takes the next free slot. */
public final class RateLimit {
    private final long intervalNanos;
    private long nextSlot;

    /** @param perSecond writes a second; 0 or less: no limit */
    public RateLimit(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    }

    /** Waits for the next slot; returns early when {@code stopped} turns true. */
    public void acquire(BooleanSupplier stopped) {
        acquire(1, stopped);
    }

    /** Waits for {@code writes} slots at once (a batch); returns early when {@code stopped} turns true. */
    public void acquire(int writes, BooleanSupplier stopped) {
        if (intervalNanos == 0) {
            return;
        }
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextSlot);
            nextSlot = slot + intervalNanos * writes;
        }
        long wait;
        while ((wait = slot - System.nanoTime()) > 0 && !stopped.getAsBoolean()) {
            try {
                Thread.sleep(Math.min(100, wait / 1_000_000), (int) (Math.min(100_000_000L, wait) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted");
            }
        }
    }
}
