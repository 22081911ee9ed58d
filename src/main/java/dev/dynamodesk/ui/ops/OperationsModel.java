package dev.dynamodesk.ui.ops;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.ops.OperationsState;
import dev.dynamodesk.ui.common.NewestRequest;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A table's operational settings for the operations panel, read in the background (a newer read
 * wins), and the operations the user confirmed, sent in the background one after another and then
 * read again; what the endpoint answered, or why it refused, is the panel's status line.
 */
public final class OperationsModel {
    private final String table;
    private final DynamoServices services;
    private final TaskRunner tasks;
    private final boolean writable;
    private final ReadOnlyObjectWrapper<OperationsState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ErrorMessages.UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final NewestRequest reading = new NewestRequest();
    private final ReadOnlyStringWrapper jobs = new ReadOnlyStringWrapper(this, "jobs", "");
    private java.util.function.Consumer<String> tail = streamArn -> { };
    private Runnable tablesChanged = () -> { };

    /** @param writable false on a read-only connection: no operation is offered */
    public OperationsModel(String table, DynamoServices services, TaskRunner tasks, boolean writable) {
        this.table = table;
        this.services = services;
        this.tasks = tasks;
        this.writable = writable;
    }

    public String table() {
        return table;
    }

    public boolean writable() {
        return writable;
    }

    public ReadOnlyObjectProperty<OperationsState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The table's exports to S3 and imports from it, a line each (or why the endpoint lists none). */
    public ReadOnlyStringProperty jobsProperty() {
        return jobs.getReadOnlyProperty();
    }

    /** What the last operation did, or is doing. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last operation or read failed, with details; null when it did not. */
    public ReadOnlyObjectProperty<ErrorMessages.UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What opens the live tail of a stream (by its ARN). */
    public void onTail(java.util.function.Consumer<String> opener) {
        this.tail = opener;
    }

    /** What is told when an operation made a new table (a restore, an import from S3): the sidebar's list. */
    public void onTablesChanged(Runnable listener) {
        this.tablesChanged = listener;
    }

    /** Opens the live tail of the table's stream (reading only: offered on read-only connections too). */
    public void tail(String streamArn) {
        tail.accept(streamArn);
    }

    public void refresh() {
        tasks.task("Reading the settings of " + table, context -> services.operations().read(table))
                .quiet()
                .newestOf(reading)
                .onSuccess(read -> {
                    state.set(read);
                    readJobs(read.arn());
                })
                .onFailure(failure -> error.set(ErrorMessages.describe(failure)))
                .start();
    }

    private void readJobs(String arn) {
        tasks.task("Listing the exports of " + table, context -> services.s3Jobs().list(arn))
                .quiet()
                .onSuccess(listing -> jobs.set(jobsText(listing)))
                .onFailure(failure -> jobs.set("not available (" + ErrorMessages.summary(failure) + ")"))
                .start();
    }

    private static String jobsText(dev.dynamodesk.dynamo.ops.S3Jobs.Listing listing) {
        List<String> lines = new ArrayList<>();
        listing.jobs().forEach(job -> lines.add(job.line() + " · " + dev.dynamodesk.dynamo.ops.OperationsText.when(job.started())));
        lines.addAll(listing.unavailable());
        return lines.isEmpty() ? "none" : String.join("\n", lines);
    }

    /**
     * Starts DynamoDB's export to S3 (or import from it) and follows it in the background until it
     * ends, its line kept current; closing the window stops following only: the job goes on in AWS.
     */
    public void startJob(PlannedRequest request) {
        error.set(null);
        status.set("Sending " + request.operation() + "…");
        tasks.task(request.operation() + " for " + table, context -> {
            var s3Jobs = services.s3Jobs();
            var started = s3Jobs.start(request);
            context.deliver(() -> {
                status.set(started.line());
                if (started.kind().equals("import")) {
                    tablesChanged.run(); // DynamoDB makes the new table at once, CREATING until the import ends
                }
            });
            return s3Jobs.follow(started, context::isCancelled, job -> context.deliver(() -> status.set(job.line())));
        }).onSuccess(ended -> {
            status.set(ended.line() + ".");
            if (ended.kind().equals("import")) {
                tablesChanged.run();
            }
            refresh();
        }).onFailure(failure -> {
            error.set(ErrorMessages.describe(failure));
            refresh();
        }).start();
    }

    /** Sends {@code requests} in order (stopping at the first refusal), then reads the settings again. */
    public void send(List<PlannedRequest> requests) {
        if (requests.isEmpty()) {
            return;
        }
        error.set(null);
        status.set("Sending " + String.join(", ", requests.stream().map(PlannedRequest::operation).toList()) + "…");
        tasks.task("Changing " + table, context -> {
            List<String> answers = new ArrayList<>();
            for (PlannedRequest request : requests) {
                answers.add(services.operationSender().send(request));
            }
            return String.join("; ", answers);
        }).onSuccess(answer -> {
            status.set(answer + ".");
            if (requests.stream().anyMatch(request -> request.operation().startsWith("RestoreTable"))) {
                tablesChanged.run(); // a restore makes a new table
            }
            refresh();
        }).onFailure(failure -> {
            status.set("");
            error.set(ErrorMessages.describe(failure));
            refresh();
        }).start();
    }
}
