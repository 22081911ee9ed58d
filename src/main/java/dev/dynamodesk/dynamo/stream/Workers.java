package dev.dynamodesk.dynamo.stream;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Work done on a few daemon threads at once, where the first failure fails the whole run: the
 * one pool behind parallel scan segments, batch writes and imports. Nothing here decides when a
 * run is complete; callers count that themselves.
 */
public final class Workers implements AutoCloseable {
    /** A piece of work that may fail. */
    @FunctionalInterface
    public interface Job {
        void run() throws Exception;
    }

    private final ExecutorService pool;
    private final Semaphore slots;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Jobs submitted and not yet finished; guarded by {@code this}. */
    private int unfinished;

    /** At most {@code threads} jobs run at once; {@link #submit} waits for a free one. */
    public Workers(int threads, String name) {
        int count = Math.max(1, threads);
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.slots = new Semaphore(count);
    }

    /**
     * Calls {@code body} with 0..count-1 in parallel and waits for all: the first failure is
     * rethrown after the others are interrupted.
     */
    public static void forEach(int count, String name, IndexJob body) {
        if (count == 1) {
            rethrow(runQuietly(() -> body.run(0)));
            return;
        }
        try (Workers workers = new Workers(count, name)) {
            for (int index = 0; index < count; index++) {
                int current = index;
                workers.submit(() -> body.run(current));
            }
            workers.awaitAll();
        }
    }

    /** A job given its index. */
    @FunctionalInterface
    public interface IndexJob {
        void run(int index) throws Exception;
    }

    /**
     * Runs {@code job} as soon as a thread is free (the caller waits until then, so work never
     * piles up in memory). Throws the failure of an earlier job rather than start another.
     */
    public void submit(Job job) {
        throwIfFailed();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
        throwIfFailedReleasing();
        synchronized (this) {
            unfinished++;
        }
        pool.execute(() -> {
            try {
                Throwable problem = runQuietly(job);
                if (problem != null) {
                    failure.compareAndSet(null, problem);
                }
            } finally {
                slots.release();
                finished();
            }
        });
    }

    private synchronized void finished() {
        unfinished--;
        notifyAll();
    }

    /**
     * Waits until every submitted job has finished, or one has failed: then the others are
     * interrupted and the failure is rethrown at once, without waiting for slow ones.
     */
    public void awaitAll() {
        synchronized (this) {
            try {
                while (unfinished > 0 && failure.get() == null) {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
                throw new CancellationException("Interrupted");
            }
        }
        throwIfFailed();
    }

    private void throwIfFailedReleasing() {
        if (failure.get() != null) {
            slots.release();
            throwIfFailed();
        }
    }

    private void throwIfFailed() {
        Throwable problem = failure.get();
        if (problem != null) {
            pool.shutdownNow();
            rethrow(problem);
        }
    }

    private static Throwable runQuietly(Job job) {
        try {
            job.run();
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    private static void rethrow(Throwable problem) {
        if (problem == null) {
            return;
        }
        if (problem instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (problem instanceof Error error) {
            throw error;
        }
        if (problem instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
        throw new WorkFailedException(problem);
    }

    /** A checked failure of a job, carried out of the pool. */
    public static final class WorkFailedException extends RuntimeException {
        WorkFailedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Stops whatever still runs. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
