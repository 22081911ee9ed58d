package dev.dynamodesk.ui.common;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the UI runs slow work. Work runs on background threads; its result, its error or
 * its cancellation is delivered on the FX thread. {@link #synchronous()} runs everything on the
 * calling thread, so view models are tested without a toolkit or waits.
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor workers;
    private final ExecutorService ownedPool;
    private final Executor fx;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);
    private volatile boolean closed;

    private TaskRunner(Executor workers, ExecutorService ownedPool, Executor fx) {
        this.workers = workers;
        this.ownedPool = ownedPool;
        this.fx = fx;
    }

    /** Background daemon threads, results on the JavaFX application thread. */
    public static TaskRunner background() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "dynamodesk-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService pool = Executors.newCachedThreadPool(threads);
        return new TaskRunner(pool, pool, Platform::runLater);
    }

    /** Work on {@code workers}, results through {@code fx}: for tests that need real concurrency. */
    public static TaskRunner using(Executor workers, Executor fx) {
        return new TaskRunner(workers, null, fx);
    }

    /** Everything on the calling thread: for tests of view models. */
    public static TaskRunner synchronous() {
        return new TaskRunner(Runnable::run, null, Runnable::run);
    }

    /** The tasks running now, in start order; changes on the FX thread. */
    public ObservableList<RunningTask> running() {
        return runningView;
    }

    public <T> Builder<T> task(String title, Work<T> work) {
        return new Builder<>(title, work);
    }

    /** Cancels every running task and stops the threads. Call on the FX thread (Application.stop). */
    @Override
    public void close() {
        closed = true;
        List.copyOf(running).forEach(RunningTask::cancel);
        if (ownedPool != null) {
            ownedPool.shutdownNow();
            try {
                ownedPool.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Configures what happens on the FX thread when the work ends, then starts it. */
    public final class Builder<T> {
        private final String title;
        private final Work<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<? super Throwable> onFailure = error -> LOG.warn("Task failed", error);
        private Runnable onCancelled = () -> { };
        private Runnable onDone = () -> { };
        private boolean listed = true;
        private NewestRequest line;
        private long request;

        private Builder(String title, Work<T> work) {
            this.title = title;
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<? super T> action) {
            this.onSuccess = action;
            return this;
        }

        public Builder<T> onFailure(Consumer<? super Throwable> action) {
            this.onFailure = action;
            return this;
        }

        public Builder<T> onCancelled(Runnable action) {
            this.onCancelled = action;
            return this;
        }

        /** Runs on the FX thread after the work ends, however it ended (after the other actions). */
        public Builder<T> onDone(Runnable action) {
            this.onDone = action;
            return this;
        }

        /**
         * Makes this task the newest of {@code line}: the line's older task is cancelled, and this
         * one's deliveries, success, failure or cancellation are reported only while it is still the
         * newest.
         */
        public Builder<T> newestOf(NewestRequest line) {
            this.line = line;
            return this;
        }

        /** Keeps quick, frequent work (a page of items) out of the status bar's list. */
        public Builder<T> quiet() {
            this.listed = false;
            return this;
        }

        public RunningTask start() {
            RunningTask task = new RunningTask(title, fx);
            if (closed) {
                // The app is closing: late work (a delayed save, a timer) is not started.
                task.cancel();
                return task;
            }
            if (line != null) {
                long number = line.begin();
                request = number;
                line.started(number, task);
                task.deliverOnlyWhile(() -> line.isNewest(number));
            }
            if (listed) {
                fx.execute(() -> running.add(task));
            }
            workers.execute(() -> runInBackground(task));
            return task;
        }

        private void runInBackground(RunningTask task) {
            task.attach(Thread.currentThread());
            T result = null;
            Throwable failure = null;
            try {
                result = work.run(task);
            } catch (Throwable error) {
                failure = error;
            } finally {
                task.detach();
                Thread.interrupted(); // a cancel may have interrupted us; don't leak it to the pool
            }
            T value = result;
            Throwable error = failure;
            fx.execute(() -> {
                running.remove(task);
                if (line != null && !line.isNewest(request)) {
                    return; // a newer request of the same line took over: this answer is old
                }
                if (line != null) {
                    line.ended(request);
                }
                if (task.isCancelled() || error instanceof CancellationException) {
                    onCancelled.run();
                } else if (error != null) {
                    if (error instanceof Error fatal && !(error instanceof LinkageError) && !(error instanceof AssertionError)) {
                        LOG.error("Background task '{}' failed badly", title, fatal);
                    }
                    onFailure.accept(error);
                } else {
                    onSuccess.accept(value);
                }
                onDone.run();
            });
        }
    }
}
