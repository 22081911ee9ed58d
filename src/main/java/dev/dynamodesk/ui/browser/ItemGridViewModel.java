package dev.dynamodesk.ui.browser;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.AwsCliCommand;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.common.RunningTask;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * A table's items for the grid: runs a scan or query chunk by chunk in the background, keeps a
 * bounded number of items in memory (see {@link ChunkedRows}), loads everything with parallel
 * segments on request, and counts. A new query, refresh or cancel makes whatever is still in
 * flight stale: it is dropped when it arrives, so old results never overwrite new ones.
 */
public final class ItemGridViewModel {
    private final javafx.beans.property.StringProperty timeToLiveAttribute = new javafx.beans.property.SimpleStringProperty(this,
            "timeToLiveAttribute");
    private final String tableName;
    private final ConnectionProfile profile;
    private final DynamoServices services;
    private final TaskRunner tasks;
    private final GridSettings settings;
    private final ColumnPlanner columnPlanner = new ColumnPlanner();
    private final ChunkedRows rows;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TableInfo> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyObjectWrapper<QueryPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper cliCommand = new ReadOnlyStringWrapper(this, "cliCommand", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObjectProperty<ErrorMessages.UserError> error = new SimpleObjectProperty<>(this, "error");
    private final ItemCountModel count;

    /** Per scan segment, where to continue (null: from the start); a finished segment is absent. */
    private final Map<Integer, Item> cursors = new TreeMap<>();
    private final Set<ChunkedRows.Chunk> reloading = new HashSet<>();
    private final LoadFigures figures = new LoadFigures();
    private int totalSegments = 1;
    private long sequence;
    /** "All" restarted a scan in segments and its first chunk has not come yet (see loadAll). */
    private boolean rowsShownUntilFirstChunk;
    private RunningTask inFlight;

    public ItemGridViewModel(String tableName, ConnectionProfile profile, DynamoServices services, TaskRunner tasks,
                             GridSettings settings) {
        this.tableName = tableName;
        this.profile = profile;
        this.services = services;
        this.tasks = tasks;
        this.settings = settings;
        this.rows = new ChunkedRows(settings.maxLoadedItems(), this::reload);
        this.count = new ItemCountModel(services, tasks, settings.loadAllSegments());
    }

    public String tableName() {
        return tableName;
    }

    /** The runner this grid uses, for the panes that sit beside it. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** Which columns come first and which are worked out from items (an entity's view sets them). */
    public ColumnPlanner columnPlanner() {
        return columnPlanner;
    }

    /** The rows in load order; a row whose chunk was dropped from memory is {@link #isPlaceholder}. */
    public ObservableList<Item> rows() {
        return rows;
    }

    public static boolean isPlaceholder(Item row) {
        return row == ChunkedRows.PLACEHOLDER;
    }

    /** The rows held in memory now (for sorting, filtering and copying). */
    public List<Item> loadedItems() {
        return rows.loadedItems();
    }

    /** Attribute names to show as columns, in order; only appended to until the next query. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** Why the last query could not be sent; empty when it was. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The table's time-to-live attribute when TTL is on (its column shows when each item expires), else null. */
    public javafx.beans.property.StringProperty timeToLiveAttributeProperty() {
        return timeToLiveAttribute;
    }

    public ReadOnlyObjectProperty<TableInfo> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QueryPlan> planProperty() {
        return plan.getReadOnlyProperty();
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

    /** The connection the grid reads through, for code snippets of its query. */
    public ConnectionProfile profile() {
        return profile;
    }

    /** The AWS CLI command for what is shown. */
    public ReadOnlyStringProperty cliCommandProperty() {
        return cliCommand.getReadOnlyProperty();
    }

    /** The outcome of the last action on items ("Deleted 25 items."). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObjectProperty<ErrorMessages.UserError> errorProperty() {
        return error;
    }

    public ItemCountModel count() {
        return count;
    }

    /** Describes the table, then scans it. */
    public void open() {
        cancel();
        long request = ++sequence;
        loading.set(true);
        status.set("Opening " + tableName + "…");
        inFlight = tasks.task("Opening " + tableName, context -> services.tables().describe(tableName))
                .quiet()
                .onSuccess(info -> {
                    if (request == sequence) {
                        table.set(info);
                        loading.set(false);
                        run(plan.get() == null ? ItemQuery.scanAll(tableName) : plan.get().query());
                    }
                })
                .onFailure(failure -> failed(request, failure))
                .onCancelled(() -> stopped(request))
                .start();
    }

    /**
     * Checks and runs a query, replacing what is shown. Returns false, with {@link #problems()}
     * saying why, when the query cannot be sent.
     */
    public boolean run(ItemQuery query) {
        QueryPlan checked;
        try {
            checked = QueryPlan.of(query, table.get());
        } catch (InvalidQueryException e) {
            problems.setAll(e.problems());
            return false;
        }
        problems.clear();
        startOver(checked, 1, false, false);
        loadMore();
        return true;
    }

    /** Reads the next chunk, if there is more and nothing is loading. */
    public void loadMore() {
        if (loading.get() || cursors.isEmpty() || plan.get() == null) {
            return;
        }
        long request = sequence;
        QueryPlan current = plan.get();
        int segment = cursors.keySet().iterator().next();
        Item startKey = cursors.get(segment);
        int segments = totalSegments;
        begin(request, () -> tasks.task("Loading " + tableName, context ->
                        services.reader().readChunk(current, segment, segments, startKey, settings.chunkSize(), context.cancelled()))
                .quiet()
                .onSuccess(chunk -> {
                    if (request == sequence) {
                        accept(segment, startKey, chunk);
                        finished("");
                    }
                })
                .onFailure(failure -> failed(request, failure))
                .onCancelled(() -> stopped(request))
                .start());
    }

    /**
     * Reads everything that is left. A Scan with little loaded starts again with parallel segments,
     * which DynamoDB answers faster; memory stays bounded as chunks beyond the limit are dropped.
     */
    public void loadAll() {
        if (loading.get() || plan.get() == null || (cursors.isEmpty() && !rows.isEmpty())) {
            return;
        }
        if (!plan.get().isQuery() && settings.loadAllSegments() > 1 && rows.loadedCount() <= settings.chunkSize()
                && rows.chunkCount() <= 1) {
            // The same scan again, in segments: the columns stay (taking them down and putting
            // them up again made every cell anew, a pause of a few hundred ms), and so do the rows
            // shown until the first chunk replaces them in the same event (emptied first, the grid
            // was painted twice over: once empty, once full).
            startOver(plan.get(), settings.loadAllSegments(), true, true);
        }
        long request = sequence;
        QueryPlan current = plan.get();
        Map<Integer, Item> continueFrom = new HashMap<>(cursors);
        int segments = totalSegments;
        ChunkQueue arrived = new ChunkQueue();
        Runnable flush = () -> {
            if (request == sequence) {
                arrived.drain(this::accept);
                status.set("Loading all… " + figures.describe(rows.size(), true));
            }
        };
        begin(request, () -> tasks.task("Loading all of " + tableName, context -> {
                    services.reader().readSegments(current, segments, continueFrom, settings.chunkSize(), context.cancelled(),
                            delivered -> {
                                // While the grid is busy drawing, chunks wait here and join it together.
                                if (arrived.add(delivered.segment(), delivered.startKey(), delivered.chunk())) {
                                    context.deliver(flush);
                                }
                            });
                    return null;
                })
                .onSuccess(done -> {
                    if (request == sequence) {
                        arrived.drain(this::accept);
                        finished("");
                    }
                })
                .onFailure(failure -> failed(request, failure))
                .onCancelled(() -> stopped(request))
                .start());
    }

    /** Whether this connection refuses writes (the UI hides delete). */
    public boolean readOnly() {
        return services.guard().readOnly();
    }

    /**
     * Deletes these items by key in batches, then takes them out of the grid. Says how many were
     * deleted and, for those that were not, why.
     */
    public void delete(List<Item> items) {
        TableInfo info = table.get();
        if (info == null || items.isEmpty()) {
            return;
        }
        GridDeletion.start(tasks, services, info, items, notice, error, failedKeys -> {
            Set<Item> chosen = new HashSet<>(items);
            rows.removeLoaded(row -> chosen.contains(row) && ChunkedRows.hasKeys(row, info) && !failedKeys.contains(info.keyOf(row)));
            status.set(figures.describe(rows.size(), hasMore.get()));
        });
    }

    /**
     * An editor saved {@code saved} in place of {@code before} (null: a new item) or deleted it
     * ({@code saved} null): the grid shows the change without reading the table again.
     */
    public void itemChanged(Item before, Item saved) {
        TableInfo info = table.get();
        if (info != null && before != null) {
            rows.showSaved(info, before, saved);
        }
    }

    /** Drops what is loaded and runs the same query again. */
    public void refresh() {
        if (table.get() == null) {
            open();
        } else if (plan.get() != null) {
            run(plan.get().query());
        }
    }

    /** Stops the reading and the counting in flight; what is loaded stays. */
    public void cancel() {
        if (inFlight != null) {
            inFlight.cancel();
        }
        count.cancel();
    }

    private void startOver(QueryPlan newPlan, int segments, boolean keepColumns, boolean keepRowsShown) {
        cancel();
        sequence++;
        loading.set(false); // what was loading is stale now: it must not keep the new query from starting
        reloading.clear();
        rowsShownUntilFirstChunk = keepRowsShown && !rows.isEmpty();
        if (!rowsShownUntilFirstChunk) {
            rows.reset();
        }
        if (!keepColumns) {
            columns.clear();
            columnPlanner.reset();
        }
        figures.reset();
        cursors.clear();
        totalSegments = segments;
        for (int segment = 0; segment < segments; segment++) {
            cursors.put(segment, null);
        }
        hasMore.set(true);
        error.set(null);
        plan.set(newPlan);
        count.reset(newPlan);
        cliCommand.set(AwsCliCommand.of(newPlan, profile.endpoint(), profile.endpoint() == null ? null : profile.region()));
    }

    private void begin(long request, Supplier<RunningTask> starter) {
        loading.set(true);
        status.set(rows.isEmpty() ? "Loading…" : "Loading more… " + figures.describe(rows.size(), hasMore.get()));
        RunningTask task = starter.get();
        // With a synchronous runner the task has already finished here; only track it if not.
        if (loading.get() && request == sequence) {
            inFlight = task;
        }
    }

    private void accept(int segment, Item startKey, ItemPage chunk) {
        dropRowsShownFromBefore();
        List<String> added = columnPlanner.newColumns(columnPlanner.keyColumns(table.get(),
                plan.get() == null ? null : plan.get().query().indexName()), columns, chunk.items());
        rows.append(new ChunkedRows.Start(segment, totalSegments, startKey), chunk.items(), chunk.lastEvaluatedKey(),
                chunk.scannedCount());
        if (!added.isEmpty()) {
            columns.addAll(added);
        }
        if (chunk.lastEvaluatedKey() == null) {
            cursors.remove(segment);
        } else {
            cursors.put(segment, chunk.lastEvaluatedKey());
        }
        figures.add(chunk);
        hasMore.set(!cursors.isEmpty());
    }

    /** A row of a dropped chunk is on screen again: read that chunk again, once. */
    private void reload(ChunkedRows.Chunk chunk) {
        if (!reloading.add(chunk) || plan.get() == null) {
            return;
        }
        long request = sequence;
        QueryPlan current = plan.get();
        ChunkedRows.Start start = chunk.start();
        int maxScanned = chunk.scanned() * 2 + 1_000;
        tasks.task("Reading rows again", context -> services.reader().readRange(current, start.segment(),
                        start.totalSegments(), start.startKey(), chunk.endKey(), maxScanned, context.cancelled()))
                .quiet()
                .onSuccess(page -> {
                    reloading.remove(chunk);
                    if (request == sequence) {
                        rows.reloaded(chunk, page.items());
                    }
                })
                .onFailure(failure -> {
                    reloading.remove(chunk);
                    failed(request, failure);
                })
                .onCancelled(() -> reloading.remove(chunk))
                .start();
    }

    /** Rows kept on screen while a scan started again in segments: gone now. */
    private void dropRowsShownFromBefore() {
        if (rowsShownUntilFirstChunk) {
            rowsShownUntilFirstChunk = false;
            rows.reset();
        }
    }

    private void finished(String prefix) {
        dropRowsShownFromBefore();
        loading.set(false);
        inFlight = null;
        status.set(prefix + figures.describe(rows.size(), hasMore.get()));
    }

    private void failed(long request, Throwable failure) {
        if (request != sequence) {
            return;
        }
        error.set(ErrorMessages.describe(failure));
        finished("Could not load " + tableName + " — ");
    }

    private void stopped(long request) {
        if (request == sequence) {
            finished("Stopped — ");
        }
    }
}
