package dev.dynamodesk.testing;

import dev.dynamodesk.ui.common.TaskRunner;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For view models' tests without a toolkit: work runs on real background threads, and what it
 * hands to the FX thread waits in a queue until the test {@link #drain}s it on its own thread.
 * Register it with {@code @RegisterExtension}: its threads stop after each test.
 */
public final class QueuedFx implements AutoCloseable, AfterEachCallback {
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final TaskRunner tasks = TaskRunner.using(workers, queue::add);

    public TaskRunner tasks() {
        return tasks;
    }

    /** Waits (up to 10 s) for the next thing handed to the FX thread and runs it alone. */
    public void runNext() throws InterruptedException {
        Runnable next = queue.poll(10, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("Nothing was handed to the FX thread within 10 s");
        }
        next.run();
    }

    /** Runs what was handed to the FX thread until nothing more comes for 300 ms. */
    public void drain() throws InterruptedException {
        Runnable next;
        while ((next = queue.poll(300, TimeUnit.MILLISECONDS)) != null) {
            next.run();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
