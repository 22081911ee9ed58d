package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.bulk.BulkOutcome;
import dev.dynamodesk.dynamo.bulk.BulkProgress;
import dev.dynamodesk.dynamo.bulk.BulkSettings;
import dev.dynamodesk.dynamo.bulk.BulkTally;
import dev.dynamodesk.dynamo.bulk.DryRunReport;
import dev.dynamodesk.dynamo.bulk.JournalHeader;
import dev.dynamodesk.dynamo.bulk.JournalReader;
import dev.dynamodesk.dynamo.bulk.ResumePoint;
import dev.dynamodesk.dynamo.bulk.RunControl;
import dev.dynamodesk.dynamo.bulk.WriteRate;
import dev.dynamodesk.item.change.Change;
import dev.dynamodesk.item.change.ChangeSet;
import dev.dynamodesk.ui.common.TaskContext;
import dev.dynamodesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A bulk change from the window: the changes as filled in (or deleting the items), a dry run
 * that must come first and is forgotten as soon as anything is edited, the run with its progress,
 * Pause, Resume and Stop, and Revert from the run's journal.
 */
public final class BulkChangeViewModel {
    /** Where the change stands. */
    public enum Phase { EDITING, DRY_RUNNING, REVIEWED, RUNNING, DONE, REVERTING, REVERTED }

    /** Past this many writes, as on a production connection, the table's name must be typed. */
    public static final int CONFIRM_OVER = 100;
    private static final long PROGRESS_EVERY_NANOS = 150_000_000L;

    private final BulkTarget target;
    private final TaskRunner tasks;
    private final ObservableList<ChangeRow> rows = FXCollections.observableArrayList(row -> row.parts().toArray(new javafx.beans.Observable[0]));
    private final BooleanProperty deleting = new SimpleBooleanProperty(this, "deleting");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.EDITING);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final ObjectProperty<DryRunReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObjectProperty<BulkOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<Path> journal = new SimpleObjectProperty<>(this, "journal");
    private ChangeSet reviewed;
    /** The table's provisioned write capacity as the dry run found it; null: on-demand, or not known. */
    private volatile Long provisioned;
    private RunControl control;

    public BulkChangeViewModel(BulkTarget target, TaskRunner tasks, boolean deleteItems) {
        this.target = target;
        this.tasks = tasks;
        deleting.set(deleteItems);
        if (!deleteItems) {
            rows.add(new ChangeRow());
        }
        // A dry run holds only for the changes it was made with.
        rows.addListener((ListChangeListener<ChangeRow>) change -> forgetDryRun());
        deleting.addListener((observable, was, now) -> forgetDryRun());
    }

    public BulkTarget target() {
        return target;
    }

    public ObservableList<ChangeRow> rows() {
        return rows;
    }

    public BooleanProperty deletingProperty() {
        return deleting;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** What is wrong with the changes as filled in, or why the last step failed; null when nothing is. */
    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** How fast to write, as typed: empty (as fast as the table takes them), writes a second, or a share ("50%") of the provisioned capacity. */
    public StringProperty rateProperty() {
        return rate;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public ObjectProperty<DryRunReport> reportProperty() {
        return report;
    }

    public ObjectProperty<BulkOutcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<Path> journalProperty() {
        return journal;
    }

    public void addRow() {
        rows.add(new ChangeRow());
    }

    public void removeRow(ChangeRow row) {
        rows.remove(row);
    }

    /** The run as it will be made, from the rows: throws IllegalArgumentException saying what is wrong. */
    ChangeSet changeSet() {
        if (deleting.get()) {
            return ChangeSet.deletingItems();
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                changes.addAll(rows.get(i).changes());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Change " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return ChangeSet.of(changes);
    }

    /** Reads every item and shows what the run would do; writes nothing. */
    public void dryRun() {
        if (phase.get() != Phase.EDITING && phase.get() != Phase.REVIEWED) {
            return;
        }
        ChangeSet changes;
        try {
            changes = changeSet();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set(null);
        report.set(null);
        phase.set(Phase.DRY_RUNNING);
        status.set("Dry run: reading the items…");
        tasks.task("Dry run on " + target.table(), context -> {
            provisioned = provisionedWrites();
            AtomicLong shown = new AtomicLong();
            return target.bulk().dryRun(target.items().get(), target.info(), changes, context.cancelled(), growing -> {
                if (due(shown)) {
                    String line = growing.summary();
                    context.deliver(() -> status.set("Dry run: " + line + "…"));
                }
            });
        }).onSuccess(done -> {
            reviewed = changes;
            report.set(done);
            phase.set(Phase.REVIEWED);
            status.set(done.writes() == 0 ? "Nothing to write: every item is already as asked, or cannot be changed."
                    : "Review what the dry run found below, then Run.");
        }).onFailure(failure -> {
            phase.set(Phase.EDITING);
            problem.set("The dry run failed: " + ErrorMessages.summary(failure));
        }).start();
    }

    /** Whether Run needs the table's name typed: a production connection, or more than {@value #CONFIRM_OVER} writes. */
    public boolean needsTypedName() {
        return target.production() || (report.get() != null && report.get().writes() > CONFIRM_OVER);
    }

    /** Runs what the dry run showed; {@code typedName} must be the table's name when {@link #needsTypedName}. */
    public void run(String typedName) {
        if (phase.get() != Phase.REVIEWED) {
            return;
        }
        if (needsTypedName() && !target.table().equals(typedName == null ? "" : typedName.strip())) {
            problem.set("Type the table's name, " + target.table() + ", to run.");
            return;
        }
        if (writesPerSecond() < 0) {
            return;
        }
        problem.set(null);
        String kind = reviewed.deletesItems() ? JournalHeader.DELETE : JournalHeader.UPDATE;
        JournalHeader header = new JournalHeader(kind, target.table(), target.connectionName(), target.endpoint(), target.region(),
                Instant.now(), reviewed.describe(), target.itemsDescription(), null);
        long expected = report.get().read();
        ChangeSet changes = reviewed;
        start(Phase.RUNNING, "Running", expected, (context, watcher) -> target.bulk().run(target.items().get(), target.info(), changes,
                header, target.journals(), settings(), control, watcher), Phase.DONE);
    }

    /** Whether the last run stopped or failed part-way, so that Resume has something left to do. */
    public boolean resumable() {
        BulkOutcome done = outcome.get();
        return phase.get() == Phase.DONE && done != null && reviewed != null
                && (done.stopped() || done.counts().failed() > 0 || done.counts().notAttempted() > 0);
    }

    /** Continues the last run from its journal: items it already changed are not written again. */
    public void resumeFromJournal() {
        if (!resumable()) {
            return;
        }
        Path earlier = outcome.get().journal();
        String kind = reviewed.deletesItems() ? JournalHeader.DELETE : JournalHeader.UPDATE;
        JournalHeader header = new JournalHeader(kind, target.table(), target.connectionName(), target.endpoint(), target.region(),
                Instant.now(), reviewed.describe(), target.itemsDescription() + " (resuming " + earlier.getFileName() + ")", null);
        long expected = report.get() == null ? -1 : report.get().read();
        ChangeSet changes = reviewed;
        start(Phase.RUNNING, "Resuming", expected, (context, watcher) -> target.bulk().run(target.items().get(), target.info(),
                changes, header, target.journals(), settings(), control, watcher,
                ResumePoint.of(JournalReader.open(earlier))), Phase.DONE);
    }

    /** Puts back what the run changed, only where the items still hold what it wrote. */
    public void revert() {
        BulkOutcome done = outcome.get();
        if (phase.get() != Phase.DONE || done == null) {
            return;
        }
        JournalHeader header = new JournalHeader(JournalHeader.REVERT, target.table(), target.connectionName(), target.endpoint(),
                target.region(), Instant.now(), reviewed.describe(), target.itemsDescription(), done.journal().toString());
        long expected = done.counts().planned();
        start(Phase.REVERTING, "Reverting", expected, (context, watcher) -> target.bulk().reverter().revert(
                JournalReader.open(done.journal()), target.info(), header, target.journals(), settings(), control, watcher),
                Phase.REVERTED);
    }

    public void pause() {
        if (control != null && !paused.get()) {
            control.pause();
            paused.set(true);
        }
    }

    public void resume() {
        if (control != null && paused.get()) {
            control.resume();
            paused.set(false);
        }
    }

    /** Stops the run: the writes in flight finish, no more are sent; the journal keeps what was done. */
    public void stop() {
        if (control != null) {
            control.stop();
            paused.set(false);
        }
    }

    public boolean running() {
        return phase.get() == Phase.RUNNING || phase.get() == Phase.REVERTING;
    }

    private interface Writing {
        BulkOutcome run(TaskContext context, BulkProgress watcher) throws Exception;
    }

    private void start(Phase during, String verb, long expected, Writing writing, Phase after) {
        control = new RunControl();
        paused.set(false);
        progress.set(0);
        phase.set(during);
        status.set(verb + "…");
        long started = System.nanoTime();
        tasks.task(verb + " " + target.table(), context -> {
            AtomicLong shown = new AtomicLong();
            return writing.run(context, new BulkProgress() {
                @Override
                public void journalStarted(Path file) {
                    context.deliver(() -> journal.set(file));
                }

                @Override
                public void counts(BulkTally.Counts now) {
                    if (due(shown)) {
                        context.deliver(() -> showProgress(verb, now, expected, started));
                    }
                }
            });
        }).onSuccess(ended -> {
            outcome.set(ended);
            phase.set(after);
            progress.set(1);
            counts.set(ended.counts().summary());
            status.set((ended.stopped() ? verb + " stopped" + (ended.stoppedBecause() == null ? "" : ": " + ended.stoppedBecause())
                    : verb + " done") + ". The journal keeps every write.");
        }).onFailure(failure -> {
            phase.set(after);
            problem.set(verb + " failed: " + ErrorMessages.summary(failure) + " The journal keeps what was written.");
        }).start();
    }

    private void showProgress(String verb, BulkTally.Counts now, long expected, long started) {
        long done = now.done();
        counts.set(now.summary());
        progress.set(expected <= 0 ? -1 : Math.min(1, done / (double) expected));
        double seconds = (System.nanoTime() - started) / 1e9;
        String left = done == 0 || expected <= done ? "" : String.format(" · about %s left", Durations.text(seconds * (expected - done) / done));
        status.set(String.format("%s… %,d of %,d%s", verb, done, expected, left));
    }

    private BulkSettings settings() {
        return BulkSettings.defaults().withRate(Math.max(0, writesPerSecond()));
    }

    /** Writes a second for the rate typed (0: no limit), or -1 with the problem shown. */
    public double writesPerSecond() {
        try {
            return writesPerSecondQuietly();
        } catch (IllegalArgumentException e) {
            problem.set("Rate: " + e.getMessage());
            return -1;
        }
    }

    /** Writes a second for the rate typed (0: no limit); throws IllegalArgumentException saying what is wrong. */
    public double writesPerSecondQuietly() {
        double unitsPerWrite = report.get() == null ? 1 : report.get().unitsPerWrite();
        return WriteRate.parse(rate.get()).writesPerSecond(unitsPerWrite, () -> provisioned);
    }

    private Long provisionedWrites() {
        try {
            return target.provisionedWrites().get();
        } catch (RuntimeException notKnown) {
            return null; // a share of the capacity is then refused with a sentence
        }
    }

    private void forgetDryRun() {
        if (phase.get() == Phase.REVIEWED) {
            phase.set(Phase.EDITING);
            report.set(null);
            status.set("Changed since the dry run: run it again.");
        }
    }

    /** Whether enough time passed since the last progress shown (a few a second). */
    private static boolean due(AtomicLong last) {
        long now = System.nanoTime();
        long before = last.get();
        return now - before >= PROGRESS_EVERY_NANOS && last.compareAndSet(before, now);
    }
}
