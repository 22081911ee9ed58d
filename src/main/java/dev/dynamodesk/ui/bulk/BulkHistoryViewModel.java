package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.bulk.BulkOutcome;
import dev.dynamodesk.dynamo.bulk.BulkProgress;
import dev.dynamodesk.dynamo.bulk.BulkSettings;
import dev.dynamodesk.dynamo.bulk.BulkTally;
import dev.dynamodesk.dynamo.bulk.JournalHeader;
import dev.dynamodesk.dynamo.bulk.JournalReader;
import dev.dynamodesk.dynamo.bulk.JournalSummary;
import dev.dynamodesk.dynamo.bulk.Reverter;
import dev.dynamodesk.dynamo.bulk.RunControl;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bulk runs of one connection, newest first, from its journals; any of them can be reverted:
 * a preview against the table as it is now, then the revert, which keeps a journal of its own.
 */
public final class BulkHistoryViewModel {
    private final String connectionName;
    private final boolean production;
    private final Path folder;
    private final DynamoServices services;
    private final dev.dynamodesk.ui.common.TaskRunner tasks;
    private final ObservableList<JournalSummary> journals = FXCollections.observableArrayList();
    private final ObjectProperty<Reverter.Preview> preview = new SimpleObjectProperty<>(this, "preview");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private JournalSummary previewed;
    private TableInfo previewedTable;
    private RunControl control;

    public BulkHistoryViewModel(String connectionName, boolean production, Path folder, DynamoServices services,
                                dev.dynamodesk.ui.common.TaskRunner tasks) {
        this.connectionName = connectionName;
        this.production = production;
        this.folder = folder;
        this.services = services;
        this.tasks = tasks;
    }

    public String connectionName() {
        return connectionName;
    }

    public ObservableList<JournalSummary> journals() {
        return journals;
    }

    public ObjectProperty<Reverter.Preview> previewProperty() {
        return preview;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the folder again (in the background). */
    public void refresh() {
        tasks.task("Reading bulk change history", context -> JournalSummary.list(folder))
                .onSuccess(found -> {
                    journals.setAll(found);
                    if (found.isEmpty()) {
                        status.set("No bulk changes on " + connectionName + " yet.");
                    }
                })
                .onFailure(failure -> problem.set(ErrorMessages.summary(failure)))
                .quiet().start();
    }

    /** What reverting {@code run} would do to its table now. */
    public void preview(JournalSummary run) {
        if (run == null || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set(null);
        preview.set(null);
        status.set("Comparing the journal with " + run.header().table() + "…");
        tasks.task("Preview of a revert", context -> {
            TableInfo info = services.tables().describe(run.header().table());
            Reverter.Preview found = services.bulk().reverter().preview(JournalReader.open(run.file()), info, context.cancelled());
            return new Object[] {info, found};
        }).onSuccess(result -> {
            busy.set(false);
            previewed = run;
            previewedTable = (TableInfo) result[0];
            preview.set((Reverter.Preview) result[1]);
            status.set("Revert: " + preview.get().summary() + ". Nothing was written.");
        }).onFailure(failure -> {
            busy.set(false);
            problem.set("Could not compare with the table: " + ErrorMessages.summary(failure));
        }).start();
    }

    /** Whether the revert previewed needs the table's name typed. */
    public boolean needsTypedName() {
        return production || (preview.get() != null && preview.get().wouldRevert() > BulkChangeViewModel.CONFIRM_OVER);
    }

    /** Reverts the run previewed; {@code typedName} is checked when {@link #needsTypedName}. */
    public void revert(String typedName, Predicate<Reverter.Preview> confirmed) {
        Reverter.Preview shown = preview.get();
        if (shown == null || previewed == null || busy.get()) {
            return;
        }
        String table = previewed.header().table();
        if (needsTypedName() && !table.equals(typedName == null ? "" : typedName.strip())) {
            problem.set("Type the table's name, " + table + ", to revert.");
            return;
        }
        if (!confirmed.test(shown)) {
            return;
        }
        JournalSummary run = previewed;
        TableInfo info = previewedTable;
        JournalHeader header = new JournalHeader(JournalHeader.REVERT, table, connectionName, run.header().endpoint(),
                run.header().region(), Instant.now(), run.header().changes(), run.header().source(), run.file().toString());
        control = new RunControl();
        busy.set(true);
        problem.set(null);
        tasks.task("Reverting " + table, context -> services.bulk().reverter().revert(JournalReader.open(run.file()), info, header,
                folder, BulkSettings.defaults(), control, new BulkProgress() {
                    @Override
                    public void counts(BulkTally.Counts counts) {
                        context.progress(counts.done(), shown.wouldRevert() + shown.alreadyAsBefore() + shown.changedSince());
                    }
                })).onSuccess((BulkOutcome outcome) -> {
                    busy.set(false);
                    preview.set(null);
                    status.set("Reverted: " + outcome.counts().summary() + ". Its journal: " + outcome.journal().getFileName());
                    refresh();
                }).onFailure(failure -> {
                    busy.set(false);
                    problem.set("The revert failed: " + ErrorMessages.summary(failure) + " Its journal keeps what was written.");
                    refresh();
                }).start();
    }

    public void stop() {
        if (control != null) {
            control.stop();
        }
    }
}
