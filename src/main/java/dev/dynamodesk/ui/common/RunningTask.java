package dev.dynamodesk.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A task the {@link TaskRunner} is running: its title, latest message and progress as properties
 * (changed on the FX thread only), and a thread-safe cancel.
 */
public final class RunningTask implements TaskContext {
    private final String title;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final java.util.concurrent.Executor fx;
    /** The newest message and progress not yet shown; one FX update carries them, however many came. */
    private final AtomicReference<Update> pending = new AtomicReference<>();
    private volatile Thread worker;
    /** Read on the FX thread before each delivery: false once a newer request of its line started. */
    private volatile java.util.function.BooleanSupplier current = () -> true;

    private record Update(String message, double progress) {
    }

    RunningTask(String title, java.util.concurrent.Executor fx) {
        this.title = title;
        this.fx = fx;
    }

    public String title() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Asks the work to stop; blocking calls in progress are interrupted. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            Thread thread = worker;
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void message(String text) {
        post(new Update(text, Double.NaN));
    }

    @Override
    public void progress(long done, long total) {
        post(new Update(null, total <= 0 ? -1 : Math.min(1.0, (double) done / total)));
    }

    @Override
    public void deliver(Runnable action) {
        fx.execute(() -> {
            if (current.getAsBoolean()) {
                action.run();
            }
        });
    }

    /** Deliveries run only while {@code stillCurrent} holds (checked on the FX thread). */
    void deliverOnlyWhile(java.util.function.BooleanSupplier stillCurrent) {
        this.current = stillCurrent;
    }

    void attach(Thread thread) {
        worker = thread;
    }

    void detach() {
        worker = null;
    }

    private void post(Update update) {
        Update previous = pending.getAndUpdate(old -> merge(old, update));
        if (previous == null) {
            fx.execute(() -> {
                Update latest = pending.getAndSet(null);
                if (latest != null) {
                    if (latest.message() != null) {
                        message.set(latest.message());
                    }
                    if (!Double.isNaN(latest.progress())) {
                        progress.set(latest.progress());
                    }
                }
            });
        }
    }

    private static Update merge(Update old, Update update) {
        if (old == null) {
            return update;
        }
        return new Update(update.message() != null ? update.message() : old.message(),
                !Double.isNaN(update.progress()) ? update.progress() : old.progress());
    }

    @Override
    public String toString() {
        return "RunningTask[" + title + "]";
    }
}
