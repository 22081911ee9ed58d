package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * Chunks read in the background, waiting for the FX thread. A chunk asks for a delivery only when
 * none is pending and the last one was a moment ago; the others join the next delivery. A fast
 * load then redraws the grid a few times a second instead of for every chunk: drawing a full grid
 * in software takes ~90 ms on two busy cores, time the load itself needs.
 */
final class ChunkQueue {
    /** What a chunk needs to be shown: its segment, the key it started after, and its items. */
    interface Sink {
        void accept(int segment, Item startKey, ItemPage chunk);
    }

    private record Arrived(int segment, Item startKey, ItemPage chunk) {
    }

    private static final long MIN_INTERVAL_NANOS = 250_000_000L;

    private final List<Arrived> waiting = new ArrayList<>();
    private boolean deliveryPending;
    private long lastDrain = System.nanoTime() - MIN_INTERVAL_NANOS;

    /**
     * Queues a chunk; returns true when the caller should ask the FX thread to drain. Whatever is
     * still waiting when the load ends is drained by the caller then.
     */
    synchronized boolean add(int segment, Item startKey, ItemPage chunk) {
        waiting.add(new Arrived(segment, startKey, chunk));
        if (deliveryPending || System.nanoTime() - lastDrain < MIN_INTERVAL_NANOS) {
            return false;
        }
        deliveryPending = true;
        return true;
    }

    /** Hands every waiting chunk to {@code sink}, in arrival order (on the FX thread). */
    void drain(Sink sink) {
        List<Arrived> taken;
        synchronized (this) {
            taken = new ArrayList<>(waiting);
            waiting.clear();
            deliveryPending = false;
            lastDrain = System.nanoTime();
        }
        for (Arrived arrived : taken) {
            sink.accept(arrived.segment(), arrived.startKey(), arrived.chunk());
        }
    }
}
