package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.partiql.BoundStatement;
import dev.dynamodesk.dynamo.partiql.FullScanCheck;
import dev.dynamodesk.dynamo.partiql.GroupResult;
import dev.dynamodesk.dynamo.partiql.ScriptStatement;
import dev.dynamodesk.dynamo.partiql.StatementResult;
import dev.dynamodesk.dynamo.partiql.StatementShape;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.ui.common.RunningTask;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.util.ArrayList;
import dev.dynamodesk.transfer.snippet.SnippetRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The console of one connection: runs the statement under the caret, the selection, the whole
 * script, or statements as a transaction or batch; warns before a SELECT reads a whole table;
 * pages results on demand; remembers what ran. Holds no nodes, so it is tested without a window.
 */
public final class ConsoleViewModel {
    /** Items read when a SELECT first runs, and per "Load more". */
    static final int FIRST_PAGE = 200;
    static final int MORE_PAGE = 500;
    /** "Load all" stops here: the results stay in memory, unlike the browser's grid. */
    static final int LOAD_ALL_CAP = 10_000;

    /** Questions the view answers for the model (a dialog), so the model stays testable. */
    public interface Questions {
        /** Whether to run SELECTs that each read a whole table or index; {@code reasons} say why. */
        boolean runFullScans(List<String> reasons);
    }

    private final ConnectionViewModel connection;
    private final TaskRunner tasks;
    private final ConsoleLibrary library;
    private final Questions questions;
    private final ObservableList<StatementRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<StatementRun> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<ConsoleLibrary.HistoryEntry> history = FXCollections.observableArrayList();
    private final ConsoleParameters parameters = new ConsoleParameters();
    private final ConsoleCatalog catalog;
    private RunningTask current;

    public ConsoleViewModel(ConnectionViewModel connection, TaskRunner tasks, ConsoleLibrary library, Questions questions) {
        this.connection = connection;
        this.tasks = tasks;
        this.library = library;
        this.questions = questions;
        this.catalog = new ConsoleCatalog(connection, tasks);
        history.setAll(library.history(connectionKey()));
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    String connectionKey() {
        return connection.profile().name();
    }

    ConsoleCatalog catalog() {
        return catalog;
    }

    ConsoleLibrary library() {
        return library;
    }

    public ObservableList<StatementRun> runs() {
        return runs;
    }

    public ObjectProperty<StatementRun> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A line for problems that stop a run before it starts (a parameter without a value). */
    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<ConsoleLibrary.HistoryEntry> history() {
        return history;
    }

    public ConsoleParameters parameters() {
        return parameters;
    }

    public boolean readOnly() {
        return connection.services() != null && connection.services().guard().readOnly();
    }

    /** Runs the selected text if any, else the statement under the caret. */
    public void run(String script, int caret, int selectionStart, int selectionEnd) {
        List<ScriptStatement> statements = ConsoleSelection.toRun(script, caret, selectionStart, selectionEnd);
        if (statements.isEmpty()) {
            message.set("There is no statement at the caret to run.");
            return;
        }
        runEach(script, statements);
    }

    /**
     * The statement at the caret (or the first one selected) with its parameters' values, for a
     * code snippet; empty, with a message saying why, when there is none or a value is wrong.
     */
    public Optional<SnippetRequest> snippetAt(String script, int caret, int selectionStart, int selectionEnd) {
        List<ScriptStatement> statements = ConsoleSelection.toRun(script, caret, selectionStart, selectionEnd);
        if (statements.isEmpty()) {
            message.set("There is no statement at the caret to copy.");
            return Optional.empty();
        }
        List<BoundStatement> bound = bind(script, statements.subList(0, 1));
        return bound == null ? Optional.empty()
                : Optional.of(new SnippetRequest.Statement(bound.get(0).text(), bound.get(0).parameters()));
    }

    /** Runs every statement of the script in turn, stopping at the first failure. */
    public void runAll(String script) {
        List<ScriptStatement> statements = ConsoleSelection.all(script);
        if (statements.isEmpty()) {
            message.set("The script has no statement to run.");
            return;
        }
        runEach(script, statements);
    }

    /** Runs the selected statements (or all of them) as one transaction, or as one batch. */
    public void runGroup(String script, int selectionStart, int selectionEnd, boolean transaction) {
        List<ScriptStatement> statements = selectionEnd > selectionStart
                ? ConsoleSelection.toRun(script, selectionStart, selectionStart, selectionEnd) : ConsoleSelection.all(script);
        List<BoundStatement> bound = bind(script, statements);
        if (bound == null) {
            return;
        }
        DynamoServices services = services();
        if (services == null) {
            return;
        }
        String title = (transaction ? "Transaction of " : "Batch of ") + statements.size()
                + (statements.size() == 1 ? " statement" : " statements");
        StatementRun run = new StatementRun(title, bound, statements.stream().map(ScriptStatement::textStart).toList());
        show(run);
        long started = System.nanoTime();
        start(tasks.task(title, context -> transaction ? services.statementGroups().transaction(bound)
                        : services.statementGroups().batch(bound))
                .onSuccess(result -> {
                    run.addElapsed((System.nanoTime() - started) / 1_000_000);
                    run.groupProperty().set(result);
                    run.addCapacity(result.consumedCapacity());
                    result.outcomes().stream().map(GroupResult.Outcome::item).filter(item -> item != null)
                            .forEach(run.items()::add);
                    finished(run, result.summary(), result.failures() > 0);
                })
                .onFailure(error -> failed(run, error))
                .onCancelled(() -> cancelled(run)));
    }

    /** Reads the next page of a SELECT's results. */
    public void loadMore(StatementRun run) {
        load(run, MORE_PAGE, false);
    }

    /** Reads the remaining results, up to {@link #LOAD_ALL_CAP} items in all. */
    public void loadAll(StatementRun run) {
        load(run, LOAD_ALL_CAP - run.items().size(), true);
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Opens an item of a result in the editor, read again whole from its table first. */
    public void openItem(StatementRun run, Item item, ItemOpener opener) {
        DynamoServices services = services();
        String table = run.table();
        if (services == null || table == null) {
            return;
        }
        tasks.task("Opening item", context -> {
            var info = services.schemas().info(table)
                    .orElseThrow(() -> new IllegalStateException("There is no table " + table + " any more."));
            Item whole = services.saver().fetch(table, info.keyOf(item));
            if (whole == null) {
                throw new IllegalStateException("The item is no longer in " + table + ".");
            }
            return new OpenedItem(table, info, whole);
        }).onSuccess(opened -> opener.open(opened, saved -> replaceItem(run, item, saved)))
                .onFailure(error -> message.set(ErrorMessages.summary(error)))
                .start();
    }

    /** An item read whole, to open in the editor. */
    public record OpenedItem(String table, dev.dynamodesk.dynamo.TableInfo info, Item item) {
    }

    /** Opens items in editors; {@code saved} is told the item as saved. */
    public interface ItemOpener {
        void open(OpenedItem item, Consumer<Item> saved);
    }

    public void clearHistory() {
        library.clearHistory(connectionKey());
        history.clear();
    }

    private void replaceItem(StatementRun run, Item old, Item saved) {
        int at = run.items().indexOf(old);
        if (at >= 0) {
            run.items().set(at, saved);
        }
    }

    private void runEach(String script, List<ScriptStatement> statements) {
        List<BoundStatement> bound = bind(script, statements);
        DynamoServices services = services();
        if (bound == null || services == null) {
            return;
        }
        message.set("");
        busy.set(true);
        // First, off the FX thread, which SELECTs would read whole tables (needs the tables' keys).
        tasks.task("Checking statements", context -> fullScans(services, bound))
                .quiet()
                .onSuccess(reasons -> {
                    busy.set(false);
                    if (reasons.isEmpty() || questions.runFullScans(reasons)) {
                        execute(services, bound, statements);
                    } else {
                        message.set("Not run: it would read a whole table.");
                    }
                })
                .onFailure(error -> {
                    busy.set(false);
                    execute(services, bound, statements);
                })
                .start();
    }

    private static List<String> fullScans(DynamoServices services, List<BoundStatement> statements) {
        List<String> reasons = new ArrayList<>();
        for (BoundStatement statement : statements) {
            StatementShape shape = statement.shape();
            if (shape.kind() != StatementShape.Kind.SELECT) {
                continue;
            }
            FullScanCheck.Result result = FullScanCheck.check(shape, services.schemas().partitionKeysOf(shape));
            if (result.verdict() == FullScanCheck.Verdict.FULL_SCAN) {
                String table = shape.table() == null ? "" : shape.table().name();
                reasons.add(table + ": " + result.reason() + ".");
            }
        }
        return reasons;
    }

    private void execute(DynamoServices services, List<BoundStatement> bound, List<ScriptStatement> statements) {
        List<StatementRun> created = new ArrayList<>();
        for (int i = 0; i < bound.size(); i++) {
            created.add(new StatementRun(ConsoleSelection.title(bound.get(i).text()), List.of(bound.get(i)),
                    List.of(statements.get(i).textStart())));
        }
        created.forEach(runs::add);
        selected.set(created.get(0));
        start(tasks.task(bound.size() == 1 ? "Running statement" : "Running " + bound.size() + " statements", context -> {
            for (int i = 0; i < created.size(); i++) {
                StatementRun run = created.get(i);
                if (context.isCancelled()) {
                    break;
                }
                context.message("Statement " + (i + 1) + " of " + created.size());
                long started = System.nanoTime();
                try {
                    StatementResult result = services.partiql().execute(run.statement(), null, FIRST_PAGE, context.cancelled());
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    context.deliver(() -> {
                        run.addElapsed(millis);
                        applyPage(run, result);
                        finished(run, ConsoleSummaries.of(run, result), false);
                        if (run.kind().writes()) {
                            services.schemas().forget();
                        }
                    });
                } catch (RuntimeException error) {
                    context.deliver(() -> failed(run, error));
                    for (StatementRun skipped : created.subList(i + 1, created.size())) {
                        context.deliver(() -> notRun(skipped));
                    }
                    break;
                }
            }
            return null;
        }).onCancelled(() -> created.stream().filter(run -> run.loadingProperty().get()).forEach(this::cancelled))
                .onFailure(error -> created.stream().filter(run -> run.loadingProperty().get()).forEach(run -> failed(run, error))));
    }

    private void load(StatementRun run, int wanted, boolean all) {
        DynamoServices services = services();
        if (services == null || !run.hasMore() || wanted <= 0) {
            return;
        }
        run.loadingProperty().set(true);
        String from = run.nextToken();
        start(tasks.task(all ? "Loading all results" : "Loading more results", context -> {
            String token = from;
            int read = 0;
            do {
                long started = System.nanoTime();
                StatementResult page = services.partiql().execute(run.statement(), token, Math.min(MORE_PAGE, wanted - read),
                        context.cancelled());
                long millis = (System.nanoTime() - started) / 1_000_000;
                read += page.items().size();
                token = page.nextToken();
                context.deliver(() -> {
                    run.addElapsed(millis);
                    applyPage(run, page);
                    run.summaryProperty().set(ConsoleSummaries.select(run));
                });
                context.progress(read, wanted);
            } while (all && token != null && read < wanted && !context.isCancelled());
            return null;
        }).onSuccess(done -> {
            run.loadingProperty().set(false);
            run.summaryProperty().set(ConsoleSummaries.select(run)
                    + (all && run.hasMore() ? " · stopped at " + LOAD_ALL_CAP + " items" : ""));
        }).onFailure(error -> failed(run, error)).onCancelled(() -> {
            run.loadingProperty().set(false);
            run.summaryProperty().set(ConsoleSummaries.select(run) + " · stopped");
        }));
    }

    private static void applyPage(StatementRun run, StatementResult page) {
        run.items().addAll(page.items());
        run.nextToken(page.nextToken());
        run.addCapacity(page.consumedCapacity());
        run.addRequests(page.requests());
    }

    /** The statements with their parameters' values; null (and a message) when a value is missing. */
    private List<BoundStatement> bind(String script, List<ScriptStatement> statements) {
        parameters.update(script);
        List<BoundStatement> bound = new ArrayList<>();
        for (ScriptStatement statement : statements) {
            List<DynamoValue> values = new ArrayList<>();
            for (ParameterSlot slot : parameters.slotsOf(script, statement)) {
                try {
                    values.add(slot.value());
                } catch (IllegalArgumentException e) {
                    message.set("Parameter " + slot.labelProperty().get() + ": " + e.getMessage());
                    return null;
                }
            }
            bound.add(new BoundStatement(statement.text(), values));
        }
        return bound;
    }

    private DynamoServices services() {
        DynamoServices services = connection.services();
        if (services == null) {
            message.set("The connection " + connectionKey() + " is not ready.");
        }
        return services;
    }

    private void show(StatementRun run) {
        message.set("");
        runs.add(run);
        selected.set(run);
    }

    private void start(TaskRunner.Builder<?> task) {
        busy.set(true);
        current = task.onDone(() -> busy.set(false)).start();
    }

    private void finished(StatementRun run, String summary, boolean failed) {
        run.loadingProperty().set(false);
        run.summaryProperty().set(summary);
        remember(run, summary, failed);
    }

    private void failed(StatementRun run, Throwable error) {
        run.loadingProperty().set(false);
        StatementRun.Problem problem = ConsoleSummaries.problem(run, error);
        run.problemProperty().set(problem);
        run.summaryProperty().set("Failed: " + problem.explanation());
        remember(run, problem.explanation(), true);
    }

    private static void notRun(StatementRun run) {
        run.loadingProperty().set(false);
        run.summaryProperty().set("Not run: an earlier statement failed.");
    }

    private void cancelled(StatementRun run) {
        run.loadingProperty().set(false);
        run.summaryProperty().set(run.items().isEmpty() ? "Cancelled." : ConsoleSummaries.select(run) + " · stopped");
    }

    private void remember(StatementRun run, String outcome, boolean failed) {
        for (BoundStatement statement : run.statements()) {
            List<String> parameters = statement.parameters().stream().map(value -> DynamoJson.write(value, false)).toList();
            ConsoleLibrary.HistoryEntry entry = new ConsoleLibrary.HistoryEntry(statement.text(), parameters,
                    System.currentTimeMillis(), outcome, failed);
            library.remember(connectionKey(), entry);
        }
        history.setAll(library.history(connectionKey()));
    }
}
