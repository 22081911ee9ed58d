package dev.dynamodesk.ui.copy;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.admin.TableRequests;
import dev.dynamodesk.dynamo.bulk.BulkOutcome;
import dev.dynamodesk.dynamo.bulk.BulkSettings;
import dev.dynamodesk.dynamo.bulk.JournalFolders;
import dev.dynamodesk.dynamo.bulk.JournalHeader;
import dev.dynamodesk.dynamo.bulk.PlannedWrite;
import dev.dynamodesk.dynamo.bulk.RunControl;
import dev.dynamodesk.dynamo.compare.CompareResult;
import dev.dynamodesk.dynamo.compare.Differences;
import dev.dynamodesk.dynamo.compare.LeftToRight;
import dev.dynamodesk.dynamo.compare.TableComparer;
import dev.dynamodesk.dynamo.copy.CopyResult;
import dev.dynamodesk.dynamo.copy.TableCopier;
import dev.dynamodesk.dynamo.copy.TableSchemas;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import dev.dynamodesk.ui.common.RunningTask;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Copy a table to another connection (or another table), or compare it with one: the other side
 * chosen among the connections, the copy's options, and the comparison's differences as a list
 * (the first {@value #LISTED}; the counts are exact).
 */
public final class CopyCompareViewModel {
    /** Differences kept for the list; a comparison counts them all. */
    public static final int LISTED = 10_000;

    private final ConnectionViewModel source;
    private final String table;
    private final ObservableList<ConnectionViewModel> connections;
    private final TaskRunner tasks;
    private final Path work;
    private final ObjectProperty<ConnectionViewModel> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty targetTable = new SimpleStringProperty(this, "targetTable");
    private final BooleanProperty createTable = new SimpleBooleanProperty(this, "createTable");
    private final ObjectProperty<TableCopier.IfExists> ifExists = new SimpleObjectProperty<>(this, "ifExists", TableCopier.IfExists.OVERWRITE);
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final StringProperty request = new SimpleStringProperty(this, "request", "");
    private final StringProperty stoppedCopy = new SimpleStringProperty(this, "stoppedCopy");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(this, "progress", -1);
    private final ObjectProperty<CompareResult> comparison = new SimpleObjectProperty<>(this, "comparison");
    private final ObservableList<DifferenceRow> differences = FXCollections.observableArrayList();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final TransformJobModel transforms;
    /** What Copy copies when not the whole table: the grid's query (with its filters) or its selected rows. */
    private QueryPlan onlyPlan;
    private List<Item> onlyRows;
    private String onlyWhat;
    private ComparedSides sides = new ComparedSides(null);
    private RunningTask running;

    public CopyCompareViewModel(ConnectionViewModel source, String table, ObservableList<ConnectionViewModel> connections,
                                TaskRunner tasks, Path work) {
        this.source = source;
        this.table = table;
        this.connections = connections;
        this.tasks = tasks;
        this.work = work;
        targetTable.set(table);
        target.set(source);
        transforms = new TransformJobModel(source.services(), table, null, tasks);
    }

    /** The transformers a copy applies on the way (an anonymizing copy); none by default. */
    public TransformJobModel transforms() {
        return transforms;
    }

    /**
     * Copy copies only what {@code plan} reads (the grid's query or scan with its filters), or only
     * {@code rows} (read again whole by key); {@code what} says which. Compare starts from the
     * grid's query on this side (the whole table can be chosen instead).
     */
    public CopyCompareViewModel copyingOnly(QueryPlan plan, List<Item> rows, String what) {
        this.onlyPlan = plan;
        transforms.only(plan);
        this.sides = new ComparedSides(plan);
        this.onlyRows = rows == null ? null : List.copyOf(rows);
        this.onlyWhat = what;
        return this;
    }

    /** What Copy copies: "every item", or the grid's query or selection. */
    public String copying() {
        return onlyWhat == null ? "every item of " + table : onlyWhat;
    }

    /** What Compare reads on each side. */
    public ComparedSides sides() {
        return sides;
    }

    public ConnectionViewModel source() {
        return source;
    }

    public String table() {
        return table;
    }

    /** The connections that can be the other side (connected ones). */
    public ObservableList<ConnectionViewModel> connections() {
        return connections;
    }

    public ObjectProperty<ConnectionViewModel> targetProperty() {
        return target;
    }

    public StringProperty targetTableProperty() {
        return targetTable;
    }

    public BooleanProperty createTableProperty() {
        return createTable;
    }

    public ObjectProperty<TableCopier.IfExists> ifExistsProperty() {
        return ifExists;
    }

    /** Items written a second at most, as typed; empty: as fast as the target takes them. */
    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** The CreateTable request a copy with "create the table" will send, as the AWS CLI command. */
    public StringProperty requestProperty() {
        return request;
    }

    /** Done of the items expected (DynamoDB's estimate of the table's size), or -1 when not known. */
    public javafx.beans.property.DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<CompareResult> comparisonProperty() {
        return comparison;
    }

    public ObservableList<DifferenceRow> differences() {
        return differences;
    }

    /** Shows the CreateTable request the copy would send (read in the background). */
    public void previewCreate() {
        DynamoServices from = source.services();
        String name = targetTable.get();
        if (from == null || name == null || name.isBlank()) {
            return;
        }
        tasks.task("Reading " + table, context -> TableRequests.create(TableSchemas.copyOf(from.describer().describe(table), name.strip())))
                .quiet()
                .onSuccess(requests -> request.set(String.join("\n", requests.stream().map(planned -> planned.cliCommand()).toList())))
                .onFailure(failure -> problem.set(ErrorMessages.summary(failure)))
                .start();
    }

    /** Copies the table's items to the other side (creating the table first when asked), going on from a copy that stopped. */
    public void copy() {
        copy(false);
    }

    /** Copies every item again, forgetting where an earlier copy of the same items to the same table stopped. */
    public void copyFromTheStart() {
        copy(true);
    }

    private void copy(boolean startOver) {
        DynamoServices from = source.services();
        ConnectionViewModel to = target.get();
        String name = targetTable.get() == null ? "" : targetTable.get().strip();
        if (!ready(from, to, name)) {
            return;
        }
        if (to == source && name.equals(table)) {
            problem.set("Copy to another connection, or to another table here.");
            return;
        }
        double perSecond;
        try {
            dev.dynamodesk.dynamo.bulk.WriteRate typed = dev.dynamodesk.dynamo.bulk.WriteRate.parse(rate.get());
            if (typed.isShare()) {
                throw new IllegalArgumentException("a copy's rate is items a second (e.g. 200)");
            }
            perSecond = typed.writesPerSecond(1, () -> null);
        } catch (IllegalArgumentException e) {
            problem.set("Rate: " + e.getMessage());
            return;
        }
        CopyWork copying = copyWork(to, name);
        boolean create = createTable.get();
        TableCopier.IfExists mode = ifExists.get();
        stoppedCopy.set(null);
        start("Copying " + table + " to " + to.profile().name(), context -> copying.run(create, mode, perSecond, startOver, context,
                () -> context.isCancelled() || stop.get(), (copied, expected) -> {
                    context.message(String.format("Copying: %,d read, %,d written", copied.read(), copied.written()));
                    context.deliver(() -> progress.set(expected > 0 ? Math.min(1, copied.read() / (double) expected) : -1));
                }), result -> {
            CopyResult copied = (CopyResult) result;
            if (create) {
                to.refreshTables(); // the new table shows in the sidebar
            }
            status.set((copied.stopped() ? "Stopped: " : "Copied: ") + copied.summary() + (copying.report() == null ? ""
                    : ". Transformed: " + String.join("; ", copying.report().lines()))
                    + (copied.failedFile() == null ? "." : ". " + copied.failures() + " The items that failed are in "
                    + copied.failedFile() + " (DynamoDB JSON lines: import it to try them again)."));
            if (copied.stoppedBecause() != null) {
                problem.set(copied.stoppedBecause());
            }
            checkStoppedCopy();
        });
    }

    /**
     * Looks (in the background) for an earlier copy of the same items to the chosen table that
     * stopped or died; when there is one, {@link #stoppedCopyProperty()} says what is left of it.
     */
    public void checkStoppedCopy() {
        ConnectionViewModel to = target.get();
        String name = targetTable.get() == null ? "" : targetTable.get().strip();
        if (source.services() == null || to == null || to.services() == null || name.isEmpty()) {
            stoppedCopy.set(null);
            return;
        }
        CopyWork copying = copyWork(to, name);
        tasks.task("Looking for a stopped copy", context -> copying.stoppedEarlier())
                .quiet()
                .onSuccess(found -> stoppedCopy.set(found.orElse(null)))
                .onFailure(failure -> stoppedCopy.set(null))
                .start();
    }

    /** What is left of an earlier copy of the same items to the same table, or null: Resume goes on with it. */
    public StringProperty stoppedCopyProperty() {
        return stoppedCopy;
    }

    private CopyWork copyWork(ConnectionViewModel to, String name) {
        return new CopyWork(source.services(), source.profile().name(), table, to.services(), to.profile(), name, onlyPlan, onlyRows,
                work.resolve("copies"), transforms.choice());
    }

    /** Compares the table with the other side's, listing the differences. */
    public void compare() {
        DynamoServices left = source.services();
        ConnectionViewModel to = target.get();
        String name = targetTable.get() == null ? "" : targetTable.get().strip();
        if (!ready(left, to, name)) {
            return;
        }
        if (to == source && name.equals(table)) {
            problem.set("Compare with another connection's table, or another table here.");
            return;
        }
        DynamoServices right = to.services();
        differences.clear();
        comparison.set(null);
        List<DifferenceRow> found = new ArrayList<>();
        start("Comparing " + table + " with " + to.profile().name(), context -> {
            TableInfo leftInfo = left.tables().describe(table);
            TableInfo rightInfo = right.tables().describe(name);
            String mismatch = TableSchemas.keyMismatch(leftInfo, rightInfo);
            if (mismatch != null) {
                throw new IllegalStateException(mismatch.replace(" Items would not land where they belong: nothing was written.", ""));
            }
            ItemQuery leftQuery = sides.thisSide(table, leftInfo);
            ItemQuery rightQuery = sides.otherSide(leftQuery, name, rightInfo);
            long expected = sides.wholeTables() ? leftInfo.approximateItemCount() + rightInfo.approximateItemCount() : -1;
            return TableComparer.compare(
                    new TableComparer.Side(left.reader(), QueryPlan.of(leftQuery, leftInfo), 4, left.itemsByKey(), leftInfo),
                    new TableComparer.Side(right.reader(), QueryPlan.of(rightQuery, rightInfo), 4, right.itemsByKey(), rightInfo),
                    Math.max(leftInfo.approximateItemCount(), rightInfo.approximateItemCount()),
                    work.resolve("compare"), () -> context.isCancelled() || stop.get(), read -> {
                        context.message(String.format("Comparing: %,d items read", read));
                        context.deliver(() -> progress.set(expected > 0 ? Math.min(1, read / (double) expected) : -1));
                    }, collect(found));
        }, result -> {
            comparison.set((CompareResult) result);
            differences.setAll(found);
            status.set(((CompareResult) result).summary().replace("only-left", "only in " + table).replace("only-right", "only in " + name)
                    + (found.size() < ((CompareResult) result).onlyLeft() + ((CompareResult) result).onlyRight()
                    + ((CompareResult) result).different() ? String.format(" (the first %,d listed)", LISTED) : ""));
        });
    }

    /**
     * Makes the other side hold what this side holds for {@code rows}: a different item is updated
     * to this side's values, an item only here is put there (only if its key is still free), an
     * item only there is deleted; each only while the other side's item is still as compared, and
     * journaled as a bulk change (its connection's history lists it, and Revert undoes it). Rows
     * whose item has gone since the comparison are left out.
     */
    public void apply(List<DifferenceRow> rows) {
        ConnectionViewModel to = target.get();
        String name = targetTable.get() == null ? "" : targetTable.get().strip();
        if (rows.isEmpty() || !ready(source.services(), to, name)) {
            return;
        }
        List<PlannedWrite> writes = new ArrayList<>();
        List<DifferenceRow> applied = new ArrayList<>();
        for (DifferenceRow row : rows) {
            long sequence = writes.size() + 1;
            PlannedWrite write = switch (row.kind()) {
                case DIFFERENT -> LeftToRight.different(sequence, row.key(), row.left(), row.right(), row.changes());
                case ONLY_LEFT -> LeftToRight.onlyLeft(sequence, row.key(), row.left());
                case ONLY_RIGHT -> LeftToRight.onlyRight(sequence, row.key(), row.right());
            };
            if (write != null) {
                writes.add(write);
                applied.add(row);
            }
        }
        DynamoServices right = to.services();
        JournalHeader header = new JournalHeader(JournalHeader.UPDATE, name, to.profile().name(),
                to.profile().endpoint() == null ? null : to.profile().endpoint().toString(), to.profile().region(), java.time.Instant.now(),
                List.of("APPLY " + writes.size() + " differences from " + source.profile().name() + ":" + table),
                "comparison of " + source.profile().name() + ":" + table + " with " + to.profile().name() + ":" + name, null);
        RunControl control = new RunControl();
        start("Applying " + writes.size() + " differences to " + name, context -> right.bulk().apply(writes, right.tables().describe(name),
                header, JournalFolders.of(work.resolve("journals"), to.profile().name()), BulkSettings.defaults(), control,
                counts -> context.message("Applying: " + counts.summary())), result -> {
            BulkOutcome outcome = (BulkOutcome) result;
            status.set("Applied to " + name + ": " + outcome.counts().summary() + ". Its journal: " + outcome.journal()
                    + (applied.size() < rows.size() ? String.format(" (%d left out: gone since the comparison)", rows.size() - applied.size())
                    : "") + ". Compare again to see where the two stand.");
            if (outcome.counts().skipped() > 0) {
                problem.set(outcome.counts().skipped() + " items changed on " + name + " since the comparison and were left alone.");
            }
        });
    }

    /** Writes {@code rows} to {@code file} as JSON lines, as `diff` prints them (in the background). */
    public void exportDifferences(List<DifferenceRow> rows, Path file) {
        tasks.task("Exporting differences", context -> {
            DifferenceExport.write(rows, file);
            return rows.size();
        }).onSuccess(count -> status.set(String.format("Exported %,d differences to %s", count, file)))
                .onFailure(failure -> problem.set("Could not export the differences: " + ErrorMessages.summary(failure)))
                .start();
    }

    /** Stops the copy or comparison running: a copy keeps its checkpoints. */
    public void stop() {
        stop.set(true);
    }

    private boolean ready(DynamoServices from, ConnectionViewModel to, String name) {
        problem.set(null);
        if (busy.get()) {
            return false;
        }
        if (from == null || to == null || to.services() == null) {
            problem.set("Both connections must be connected.");
            return false;
        }
        if (name.isEmpty()) {
            problem.set("Name the other table.");
            return false;
        }
        return true;
    }

    private void start(String title, dev.dynamodesk.ui.common.Work<Object> work, java.util.function.Consumer<Object> done) {
        stop.set(false);
        progress.set(-1);
        busy.set(true);
        status.set(title + "…");
        running = tasks.task(title, work)
                .onSuccess(result -> {
                    busy.set(false);
                    done.accept(result);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    status.set("");
                    problem.set(ErrorMessages.summary(failure));
                })
                .onCancelled(() -> {
                    busy.set(false);
                    status.set("Stopped.");
                })
                .start();
    }

    private static Differences collect(List<DifferenceRow> found) {
        return new Differences() {
            @Override
            public synchronized void onlyLeft(Item key, Item item) {
                add(new DifferenceRow(DifferenceRow.Kind.ONLY_LEFT, key, item, null, null));
            }

            @Override
            public synchronized void onlyRight(Item key, Item item) {
                add(new DifferenceRow(DifferenceRow.Kind.ONLY_RIGHT, key, null, item, null));
            }

            @Override
            public synchronized void different(Item key, Item left, Item right, List<ItemDiff.Change> changes) {
                add(new DifferenceRow(DifferenceRow.Kind.DIFFERENT, key, left, right, changes));
            }

            private void add(DifferenceRow row) {
                if (found.size() < LISTED) {
                    found.add(row);
                }
            }
        };
    }
}
