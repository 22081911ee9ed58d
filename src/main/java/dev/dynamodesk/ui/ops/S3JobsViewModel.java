package dev.dynamodesk.ui.ops;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.ops.S3Jobs;
import dev.dynamodesk.ui.common.NewestRequest;
import dev.dynamodesk.ui.common.TaskRunner;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A connection's exports to S3 and imports from it, account-wide in its region, read in the
 * background (a newer read wins); while any is in progress the view reads again every few seconds.
 * What the endpoint would not list is said in its words.
 */
public final class S3JobsViewModel {
    private final String connection;
    private final DynamoServices services;
    private final TaskRunner tasks;
    private final ObservableList<S3Jobs.Job> jobs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper(this, "unavailable", "");
    private final ReadOnlyBooleanWrapper inProgress = new ReadOnlyBooleanWrapper(this, "inProgress");
    private final NewestRequest reading = new NewestRequest();

    public S3JobsViewModel(String connection, DynamoServices services, TaskRunner tasks) {
        this.connection = connection;
        this.services = services;
        this.tasks = tasks;
    }

    public String connection() {
        return connection;
    }

    /** Newest first. */
    public ObservableList<S3Jobs.Job> jobs() {
        return jobs;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The lists the endpoint did not give, a line each; empty when it gave them all. */
    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    /** Whether any job listed has not ended: the view then reads again by itself. */
    public ReadOnlyBooleanProperty inProgressProperty() {
        return inProgress.getReadOnlyProperty();
    }

    public void refresh() {
        status.set(jobs.isEmpty() ? "Listing the exports and imports of " + connection + "…" : status.get());
        tasks.task("Listing the exports and imports of " + connection,
                        context -> services.s3Jobs().listAccount(services.tables().listTableNames()))
                .quiet()
                .newestOf(reading)
                .onSuccess(listing -> {
                    jobs.setAll(listing.jobs());
                    unavailable.set(String.join("\n", listing.unavailable()));
                    long running = listing.jobs().stream().filter(job -> !job.finished()).count();
                    inProgress.set(running > 0);
                    status.set(String.format("%,d %s, %,d in progress · read at %s", jobs.size(), jobs.size() == 1 ? "job" : "jobs",
                            running, LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
                })
                .onFailure(failure -> {
                    inProgress.set(false);
                    status.set("Could not list: " + ErrorMessages.summary(failure));
                })
                .start();
    }
}
