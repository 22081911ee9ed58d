package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.transfer.FailedLinesFile;
import dev.dynamodesk.transfer.ItemSource;
import dev.dynamodesk.dynamo.transfer.Importer;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Import into a table from the window: refused at once on a read-only connection, a typed
 * confirmation for a non-empty table or a production connection, the import in the background
 * with progress and Stop, and a report (written, failed with line numbers and reasons, the file
 * of failed lines to fix and import again).
 */
public final class ImportAction {
    private final TaskRunner tasks;
    private final Supplier<Window> owner;
    private final Supplier<List<ConnectionViewModel>> connections;

    /** @param connections the window's connections: those connected can read an export from S3 */
    public ImportAction(TaskRunner tasks, Supplier<Window> owner, Supplier<List<ConnectionViewModel>> connections) {
        this.tasks = tasks;
        this.owner = owner;
        this.connections = connections;
    }

    /** The connections that can read S3 now, {@code target} first when it can (its own account is the likeliest). */
    private List<S3ExportSource.Reader> s3Readers(ConnectionViewModel target) {
        List<S3ExportSource.Reader> readers = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(target), connections.get().stream().filter(c -> c != target))
                .forEach(connection -> connection.s3().ifPresent(s3 -> readers.add(new S3ExportSource.Reader(
                        connection.profile().name(), s3))));
        return readers;
    }

    public void importInto(ConnectionViewModel connection, String table) {
        DynamoServices services = connection.services();
        if (services == null) {
            return;
        }
        if (services.guard().readOnly()) {
            DialogService.current().error(owner.get(), "Import into " + table, new IllegalStateException(
                    connection.profile().name() + " is read-only: nothing can be imported into it."));
            return;
        }
        record Target(TableInfo info, boolean empty) {
        }
        tasks.task("Looking at " + table, context -> {
                    TableInfo info = services.tables().describe(table);
                    boolean empty = services.reader().readChunk(QueryPlan.of(ItemQuery.scanAll(table), info), null, 1,
                            context.cancelled()).items().isEmpty();
                    return new Target(info, empty);
                })
                .quiet()
                .onSuccess(target -> {
                    boolean production = connection.profile().production();
                    String why = production ? connection.profile().name() + " is a production connection."
                            : "The table already holds items.";
                    ImportDialog.ask(owner.get(), tasks, new ImportDialog.Target(connection.profile().name(), table,
                                    target.info().keyNames(), production || !target.empty(), why, s3Readers(connection)))
                            .ifPresent(choice -> run(services, target.info(), choice));
                })
                .onFailure(failure -> DialogService.current().error(owner.get(), "Import into " + table, failure))
                .start();
    }

    private record Outcome(Importer.Report report, Path failedFile) {
    }

    /** Creates a table with the key the user gives, then imports into it. */
    public void importIntoNewTable(ConnectionViewModel connection, Runnable tablesChanged) {
        DynamoServices services = connection.services();
        if (services == null) {
            return;
        }
        if (services.guard().readOnly()) {
            DialogService.current().error(owner.get(), "Import into a new table", new IllegalStateException(
                    connection.profile().name() + " is read-only: no table can be created on it."));
            return;
        }
        ImportDialog.ask(owner.get(), tasks, new ImportDialog.Target(connection.profile().name(), null, List.of(), false, "",
                        s3Readers(connection)))
                .ifPresent(choice -> tasks.task("Creating " + choice.newTable().name(), context -> {
                            services.admin().createAndWait(choice.newTable(), context.cancelled(), context::message);
                            return services.tables().describe(choice.newTable().name());
                        })
                        .onSuccess(info -> {
                            tablesChanged.run();
                            run(services, info, choice);
                        })
                        .onFailure(failure -> DialogService.current().error(owner.get(), "Create " + choice.newTable().name(), failure))
                        .start());
    }

    private void run(DynamoServices services, TableInfo table, ImportDialog.Choice choice) {
        java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
        tasks.task("Importing into " + table.name(), context -> {
                    Importer.Report report;
                    Path failedFile;
                    dev.dynamodesk.transfer.ExportFolder folder;
                    try (ChosenSource source = ChosenSource.of(choice); ItemSource lines = source.open()) {
                        folder = source.export();
                        boolean export = folder != null;
                        long size = source.size();
                        failedFile = source.failedFile(table.name(), lines);
                        try (Writer failed = FailedLinesFile.open(failedFile, lines)) {
                            report = services.importer().run(lines, table,
                                    new Importer.Options(choice.stopOnFirstError(), 4), failed, context.cancelled(),
                                    count -> {
                                        written.set(count);
                                        long read = export ? Math.min(count, size) : Math.min(lines.bytesRead(), size);
                                        context.message(String.format("%,d items written (%d%% of the %s)", count, read * 100 / size,
                                                export ? "export's items" : "file"));
                                        context.progress(read, size);
                                    });
                        }
                    }
                    if (report.failed() == 0) {
                        Files.deleteIfExists(failedFile);
                    }
                    if (folder != null && !context.isCancelled()) {
                        folder.countProblem(report.read(), report.written()).ifPresent(problem -> {
                            throw new IllegalStateException(problem);
                        });
                    }
                    return new Outcome(report, failedFile);
                })
                .onSuccess(outcome -> {
                    Importer.Report report = outcome.report();
                    String text = report.explain(outcome.failedFile(), 20);
                    String header = "Import into " + table.name() + " finished";
                    DialogService.current().tell(owner.get(), report.failed() == 0
                            ? DialogService.Notice.info("importDone", header, text)
                            : DialogService.Notice.warning("importDone", header, text));
                })
                .onCancelled(() -> {
                    DialogService.current().tell(owner.get(), DialogService.Notice.info("importStopped",
                            "Import into " + table.name() + " stopped", String.format("%,d items were written before the "
                            + "import stopped; the rest of the file was not imported.", written.get())));
                })
                .onFailure(failure -> DialogService.current().error(owner.get(), "Import into " + table.name(), failure))
                .start();
    }
}
