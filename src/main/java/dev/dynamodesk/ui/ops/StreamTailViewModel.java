package dev.dynamodesk.ui.ops;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.ops.StreamTail;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.common.TaskRunner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A live tail of one table's stream: followed in the background from the latest record or the
 * oldest kept, the last {@link #limitProperty()} changes kept (older ones dropped, counted),
 * filtered by key text, paused without losing the place, exported as JSON lines.
 */
public final class StreamTailViewModel {
    /** Changes kept unless the user keeps more or fewer. */
    public static final int DEFAULT_LIMIT = 10_000;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String table;
    private final String streamArn;
    private final DynamoServices services;
    private final TaskRunner tasks;
    private final ObservableList<StreamTail.Change> kept = FXCollections.observableArrayList();
    private final FilteredList<StreamTail.Change> shown = new FilteredList<>(kept);
    private final BooleanProperty fromOldest = new SimpleBooleanProperty(this, "fromOldest");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final IntegerProperty limit = new SimpleIntegerProperty(this, "limit", DEFAULT_LIMIT);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "Not started.");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicBoolean pause = new AtomicBoolean();
    private final AtomicLong seen = new AtomicLong();
    private long dropped;

    public StreamTailViewModel(String table, String streamArn, DynamoServices services, TaskRunner tasks) {
        this.table = table;
        this.streamArn = streamArn;
        this.services = services;
        this.tasks = tasks;
        filter.addListener((observable, was, now) -> {
            String wanted = now == null ? "" : now.strip();
            shown.setPredicate(wanted.isEmpty() ? null : change -> keyText(change).contains(wanted));
        });
        paused.addListener((observable, was, now) -> {
            pause.set(now);
            if (running.get()) {
                describe(now ? "Paused" : "Following");
            }
        });
    }

    public String table() {
        return table;
    }

    public String streamArn() {
        return streamArn;
    }

    /** The changes kept that match the filter, oldest first. */
    public ObservableList<StreamTail.Change> changes() {
        return shown;
    }

    public BooleanProperty fromOldestProperty() {
        return fromOldest;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public IntegerProperty limitProperty() {
        return limit;
    }

    /** Text a change's key must contain (e.g. u-1001) to be listed. */
    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** Starts following the stream (from the latest record, or the oldest kept). */
    public void start() {
        if (running.get()) {
            return;
        }
        stop.set(false);
        paused.set(false);
        problem.set(null);
        running.set(true);
        boolean oldest = fromOldest.get();
        status.set("Following the stream from " + (oldest ? "the oldest record kept" : "now") + "…");
        tasks.task("Following the stream of " + table, context -> {
            try (StreamTail tail = services.streamTail(DynamoClientFactory::streamsFor, streamArn, oldest)) {
                tail.follow(() -> stop.get() || context.isCancelled(), pause::get, changes -> {
                    seen.addAndGet(changes.size());
                    context.deliver(() -> keep(changes));
                });
            }
            return null;
        }).quiet().onSuccess(nothing -> ended("Stopped.")).onFailure(failure -> {
            ended("Stopped by an error.");
            problem.set(ErrorMessages.summary(failure));
        }).onCancelled(() -> ended("Stopped.")).start();
    }

    /** Stops following; what was seen stays listed. */
    public void stop() {
        stop.set(true);
    }

    public void clear() {
        kept.clear();
        dropped = 0;
        describe(null);
    }

    /** Writes the changes kept (all, not only those shown) as JSON lines, in the background. */
    public void export(Path file) {
        List<StreamTail.Change> changes = List.copyOf(kept);
        tasks.task("Exporting stream records", context -> {
            try (OutputStream out = Files.newOutputStream(file); JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
                for (StreamTail.Change change : changes) {
                    json.writeStartObject();
                    json.writeStringField("eventName", change.eventName());
                    json.writeStringField("sequenceNumber", change.sequenceNumber());
                    json.writeStringField("time", change.time() == null ? null : change.time().toString());
                    image(json, "keys", change.keys());
                    image(json, "oldImage", change.oldImage());
                    image(json, "newImage", change.newImage());
                    json.writeEndObject();
                }
                json.writeRaw('\n');
            }
            return changes.size();
        }).onSuccess(count -> status.set(String.format("Exported %,d records to %s", count, file)))
                .onFailure(failure -> problem.set("Could not export: " + ErrorMessages.summary(failure))).start();
    }

    /** The change's key in words ("userId = u-1001, orderId = o-7"), as listed and as the filter matches it. */
    public static String keyText(StreamTail.Change change) {
        return change.keys() == null ? "" : String.join(", ", change.keys().attributes().entrySet().stream()
                .map(entry -> entry.getKey() + " = " + dev.dynamodesk.item.ValueSummary.of(entry.getValue(), 60)).toList());
    }

    private void keep(List<StreamTail.Change> changes) {
        kept.addAll(changes);
        int over = kept.size() - Math.max(1, limit.get());
        if (over > 0) {
            kept.remove(0, over);
            dropped += over;
        }
        describe(running.get() ? (paused.get() ? "Paused" : "Following") : null);
    }

    private void ended(String how) {
        running.set(false);
        describe(how);
    }

    private void describe(String state) {
        status.set((state == null ? "" : state + " · ") + String.format("%,d records seen, %,d kept", seen.get(), kept.size())
                + (dropped > 0 ? String.format(" (the oldest %,d dropped: the last %,d are kept)", dropped, limit.get()) : ""));
    }

    private static void image(JsonGenerator json, String name, Item item) throws java.io.IOException {
        if (item == null) {
            return;
        }
        json.writeFieldName(name);
        DynamoJson.write(json, item);
    }
}
