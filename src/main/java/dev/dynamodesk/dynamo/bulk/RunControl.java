package dev.dynamodesk.dynamo.bulk;

import java.util.concurrent.CancellationException;

/** Pause, Resume and Stop for a running bulk change, from any thread. A stopped run finishes the writes in flight and sends no more. */
public final class RunControl {
    private boolean paused;
    private volatile boolean stopped;
    private volatile String stopReason;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized boolean paused() {
        return paused;
    }

    public void stop() {
        stop(null);
    }

    /** Stops the run; {@code reason} (null: the user's Stop) is reported as its failure. */
    public synchronized void stop(String reason) {
        if (!stopped) {
            stopReason = reason;
        }
        stopped = true;
        notifyAll();
    }

    public boolean stopped() {
        return stopped;
    }

    /** Why the run stopped by itself (too many failures in a row); null after the user's Stop. */
    public String stopReason() {
        return stopReason;
    }

    /** Waits while paused; returns false once stopped. */
    synchronized boolean awaitGoing() {
        try {
            while (paused && !stopped) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
        return !stopped;
    }
}
