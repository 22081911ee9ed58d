package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.common.RunningTask;
import dev.dynamodesk.ui.common.TaskRunner;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A table's items, loaded page by page with Scan in the background. Each page is added to the
 * rows in one change. A refresh or cancel makes any page still in flight stale: it is dropped
 * when it arrives, so old results never overwrite new ones.
 */
public final class ItemGridViewModel {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);
    private static final DecimalFormat CAPACITY = new DecimalFormat("#,##0.#");

    private final String tableName;
    private final DynamoServices services;
    private final TaskRunner tasks;
    private final int pageSize;
    private final ColumnPlanner columnPlanner = new ColumnPlanner();

    private final ObservableList<Item> rows = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TableInfo> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObjectProperty<ErrorMessages.UserError> error = new SimpleObjectProperty<>(this, "error");

    private Item nextStartKey;
    private long sequence;
    private RunningTask inFlight;
    private long scanned;
    private double consumedCapacity;

    public ItemGridViewModel(String tableName, DynamoServices services, TaskRunner tasks, int pageSize) {
        this.tableName = tableName;
        this.services = services;
        this.tasks = tasks;
        this.pageSize = pageSize;
    }

    public String tableName() {
        return tableName;
    }

    public ObservableList<Item> rows() {
        return rows;
    }

    /** Attribute names to show as columns, in display order; only ever appended to until refresh. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ReadOnlyObjectProperty<TableInfo> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<ErrorMessages.UserError> errorProperty() {
        return error;
    }

    /** Describes the table and loads its first page. */
    public void open() {
        startOver();
        long request = sequence;
        record FirstPage(TableInfo info, ItemPage page) {
        }
        begin(request, () -> tasks.task("Opening " + tableName, context -> {
                    TableInfo info = services.tables().describe(tableName);
                    return new FirstPage(info, services.scanner().scanPage(tableName, null, pageSize));
                })
                .quiet()
                .onSuccess(first -> {
                    if (request == sequence) {
                        table.set(first.info());
                        accept(first.page());
                    }
                })
                .onFailure(failure -> failed(request, failure))
                .onCancelled(() -> cancelled(request))
                .start());
    }

    /** Loads the next page, if there is one and nothing is loading. */
    public void loadMore() {
        if (loading.get() || nextStartKey == null) {
            return;
        }
        long request = sequence;
        Item startKey = nextStartKey;
        begin(request, () -> tasks.task("Loading " + tableName, context -> services.scanner().scanPage(tableName, startKey, pageSize))
                .quiet()
                .onSuccess(page -> {
                    if (request == sequence) {
                        accept(page);
                    }
                })
                .onFailure(failure -> failed(request, failure))
                .onCancelled(() -> cancelled(request))
                .start());
    }

    /** Drops what is loaded and starts again from the first page. */
    public void refresh() {
        open();
    }

    /** Stops the page in flight; what is loaded stays. */
    public void cancel() {
        if (inFlight != null) {
            inFlight.cancel();
        }
    }

    private void startOver() {
        cancel();
        sequence++;
        rows.clear();
        columns.clear();
        columnPlanner.reset();
        nextStartKey = null;
        scanned = 0;
        consumedCapacity = 0;
        hasMore.set(false);
        error.set(null);
    }

    private void begin(long request, Supplier<RunningTask> starter) {
        loading.set(true);
        status.set(rows.isEmpty() ? "Loading…" : "Loading more… " + describeLoaded());
        RunningTask task = starter.get();
        // With a synchronous runner the task has already finished here; only track it if not.
        if (loading.get() && request == sequence) {
            inFlight = task;
        }
    }

    private void accept(ItemPage page) {
        List<String> keyNames = table.get() == null ? List.of() : table.get().keyNames();
        List<String> added = columnPlanner.newColumns(keyNames, columns, page.items());
        // Rows first: a new column sizes itself from the values already in the grid.
        rows.addAll(page.items());
        if (!added.isEmpty()) {
            columns.addAll(added);
        }
        nextStartKey = page.lastEvaluatedKey();
        scanned += page.scannedCount();
        consumedCapacity += page.consumedCapacity();
        hasMore.set(page.hasMore());
        loading.set(false);
        inFlight = null;
        status.set(describeLoaded());
    }

    private void failed(long request, Throwable failure) {
        if (request != sequence) {
            return;
        }
        loading.set(false);
        inFlight = null;
        error.set(ErrorMessages.describe(failure));
        status.set("Could not load " + tableName + " — " + describeLoaded());
    }

    private void cancelled(long request) {
        if (request != sequence) {
            return;
        }
        loading.set(false);
        inFlight = null;
        status.set("Stopped — " + describeLoaded());
    }

    private String describeLoaded() {
        String count = COUNT.format(rows.size()) + (rows.size() == 1 ? " item" : " items");
        String more = hasMore.get() ? " loaded · more available" : (rows.isEmpty() ? "" : " · all loaded");
        String capacity = consumedCapacity > 0 ? " · " + CAPACITY.format(consumedCapacity) + " RCU" : "";
        return count + more + capacity;
    }
}
