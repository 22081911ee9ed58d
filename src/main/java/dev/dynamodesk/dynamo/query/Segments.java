package dev.dynamodesk.dynamo.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs the segments of a parallel scan, one daemon thread each, and waits for all of them. */
final class Segments {
    private Segments() {
    }

    /** Calls {@code body} with 0..count-1, in parallel; the first failure is rethrown, the others stopped. */
    static void runParallel(int count, String name, IntConsumer body) {
        if (count == 1) {
            body.accept(0);
            return;
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, name + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int segment = 0; segment < count; segment++) {
                int current = segment;
                futures.add(pool.submit(() -> body.accept(current)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
