package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.query.ItemCounter;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.ui.common.NewestRequest;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Counts what the grid's query matches, for real: {@code Select=COUNT} over every page (parallel
 * segments for a scan), with the running total and the capacity it consumed. Cancellable.
 */
public final class ItemCountModel {
    private final DynamoServices services;
    private final TaskRunner tasks;
    private final int segments;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private QueryPlan plan;
    /** A new query makes a count still running old: it stops, and nothing it says is shown. */
    private final NewestRequest counts = new NewestRequest();

    ItemCountModel(DynamoServices services, TaskRunner tasks, int segments) {
        this.services = services;
        this.tasks = tasks;
        this.segments = segments;
    }

    /** "12,345 items match · scanned 20,000 · 23.5 RCU", or the running count while counting. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    void reset(QueryPlan newPlan) {
        counts.supersede();
        plan = newPlan;
        text.set("");
        counting.set(false);
    }

    public void start() {
        if (plan == null || counting.get()) {
            return;
        }
        QueryPlan current = plan;
        counting.set(true);
        text.set("Counting…");
        // The newest figures (kept for "stopped at"), and whether an FX update is already on its way.
        AtomicReference<ItemCounter.Count> latest = new AtomicReference<>();
        AtomicBoolean updatePosted = new AtomicBoolean();
        tasks.task("Counting " + current.query().table(), context ->
                        services.counter().count(current, segments, context.cancelled(), running -> {
                            latest.set(running);
                            // Many segment threads report; one FX update shows the newest figures.
                            if (updatePosted.compareAndSet(false, true)) {
                                context.deliver(() -> {
                                    updatePosted.set(false);
                                    if (counting.get()) {
                                        text.set("Counting… " + describe(latest.get()));
                                    }
                                });
                            }
                        }))
                .newestOf(counts)
                .onSuccess(result -> {
                    counting.set(false);
                    text.set(describe(result));
                })
                .onFailure(failure -> {
                    counting.set(false);
                    text.set("Count failed: " + ErrorMessages.summary(failure));
                })
                .onCancelled(() -> {
                    counting.set(false);
                    text.set("Count stopped at " + LoadFigures.count(latestMatched(latest)) + "+");
                })
                .start();
    }

    /** Stop: the count ends, saying how far it got. */
    public void cancel() {
        counts.cancel();
    }

    private long latestMatched(AtomicReference<ItemCounter.Count> latest) {
        ItemCounter.Count count = latest.get();
        return count == null ? 0 : count.matched();
    }

    static String describe(ItemCounter.Count count) {
        String text = LoadFigures.count(count.matched()) + (count.matched() == 1 ? " item" : " items")
                + (count.complete() ? " match" : "");
        if (count.scanned() != count.matched()) {
            text += " · scanned " + LoadFigures.count(count.scanned());
        }
        return text + " · " + LoadFigures.capacity(count.consumedCapacity()) + " RCU";
    }
}
