package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.dynamo.bulk.BulkOutcome;
import dev.dynamodesk.dynamo.bulk.BulkTally;
import dev.dynamodesk.ui.common.Buttons;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.ui.common.ItemCopy;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bulk change page: which items, the changes (or delete), Dry run, then Run with the table's
 * name typed where needed, progress with Pause, Resume and Stop, and Revert from the journal.
 */
public final class BulkChangeView extends ScrollPane {
    private final BulkChangeViewModel model;
    private final VBox changes = new VBox(6);
    private final DryRunPane dryRun = new DryRunPane();
    private final TextField typedName = new TextField();
    private final ListView<String> listed = new ListView<>();

    public BulkChangeView(BulkChangeViewModel model) {
        this.model = model;
        setId("bulkChangeView");
        setFitToWidth(true);
        VBox content = new VBox(12, header(), mode(), changesSection(), actions(), problem(), progress(), dryRun, results());
        content.setPadding(new Insets(16));
        setContent(content);
        model.reportProperty().addListener((observable, old, report) -> dryRun.show(report, rateForEstimate()));
        model.rateProperty().addListener((observable, old, text) -> dryRun.show(model.reportProperty().get(), rateForEstimate()));
        dryRun.show(null, 0);
        model.outcomeProperty().addListener((observable, old, outcome) -> showListed(outcome));
    }

    private VBox header() {
        BulkTarget target = model.target();
        Label title = new Label();
        title.getStyleClass().add("grid-title");
        title.textProperty().bind(Bindings.when(model.deletingProperty()).then("Delete items of " + target.table())
                .otherwise("Change items of " + target.table()));
        Label items = new Label(target.itemsDescription() + " · " + target.connectionName());
        items.getStyleClass().add("form-hint");
        HBox line = new HBox(8, title);
        if (target.production()) {
            Label badge = new Label("PRODUCTION");
            badge.getStyleClass().add("production-badge");
            line.getChildren().add(badge);
        }
        Label how = new Label("A dry run comes first and writes nothing. Each item is then written on condition that it still"
                + " holds the values read: an item changed meanwhile is skipped, never overwritten. Every write is journaled"
                + " first, so the run can be reverted.");
        how.getStyleClass().add("form-hint");
        how.setWrapText(true);
        return new VBox(4, line, items, how);
    }

    private HBox mode() {
        ToggleGroup group = new ToggleGroup();
        RadioButton change = new RadioButton("Change attributes");
        change.setId("bulkModeChange");
        RadioButton delete = new RadioButton("Delete the items");
        delete.setId("bulkModeDelete");
        change.setToggleGroup(group);
        delete.setToggleGroup(group);
        (model.deletingProperty().get() ? delete : change).setSelected(true);
        group.selectedToggleProperty().addListener((observable, old, now) -> model.deletingProperty().set(now == delete));
        HBox box = new HBox(16, change, delete);
        box.disableProperty().bind(editingLocked());
        return box;
    }

    private VBox changesSection() {
        Button add = new Button("Add change", FontIcon.of(Feather.PLUS));
        add.setId("bulkAddChange");
        add.getStyleClass().add("small");
        add.setOnAction(event -> model.addRow());
        model.rows().addListener((ListChangeListener<ChangeRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuildRows();
                    return;
                }
            }
        });
        rebuildRows();
        VBox section = new VBox(6, changes, add);
        section.visibleProperty().bind(model.deletingProperty().not());
        section.managedProperty().bind(section.visibleProperty());
        section.disableProperty().bind(editingLocked());
        return section;
    }

    private void rebuildRows() {
        changes.getChildren().clear();
        for (int i = 0; i < model.rows().size(); i++) {
            ChangeRow row = model.rows().get(i);
            changes.getChildren().add(new ChangeRowView(row, i, () -> model.removeRow(row)));
        }
    }

    private HBox actions() {
        TextField rate = new TextField();
        rate.setId("bulkRate");
        rate.setPromptText("writes/s or 50%");
        rate.setPrefColumnCount(9);
        rate.setTooltip(new javafx.scene.control.Tooltip("At most so many writes a second, or a share of the table's provisioned"
                + " write capacity (50%); empty: as fast as the table takes them"));
        rate.textProperty().bindBidirectional(model.rateProperty());
        Button dry = Buttons.of("Dry run", "bulkDryRun", Feather.EYE, model::dryRun);
        dry.disableProperty().bind(editingLocked().or(model.phaseProperty().isEqualTo(BulkChangeViewModel.Phase.DRY_RUNNING)));
        typedName.setId("bulkConfirmName");
        typedName.setPromptText("type " + model.target().table() + " to run");
        BooleanBinding reviewed = model.phaseProperty().isEqualTo(BulkChangeViewModel.Phase.REVIEWED);
        typedName.visibleProperty().bind(Bindings.createBooleanBinding(() -> reviewed.get() && model.needsTypedName(),
                reviewed, model.reportProperty()));
        typedName.managedProperty().bind(typedName.visibleProperty());
        Button run = Buttons.of("Run", "bulkRun", Feather.PLAY, () -> model.run(typedName.getText()));
        run.getStyleClass().add("accent");
        run.disableProperty().bind(reviewed.not());
        Button pause = Buttons.of("Pause", "bulkPause", Feather.PAUSE, () -> {
            if (model.pausedProperty().get()) {
                model.resume();
            } else {
                model.pause();
            }
        });
        pause.textProperty().bind(Bindings.when(model.pausedProperty()).then("Resume").otherwise("Pause"));
        BooleanBinding running = model.phaseProperty().isEqualTo(BulkChangeViewModel.Phase.RUNNING)
                .or(model.phaseProperty().isEqualTo(BulkChangeViewModel.Phase.REVERTING));
        pause.disableProperty().bind(running.not());
        Button stop = Buttons.of("Stop", "bulkStop", Feather.SQUARE, model::stop);
        stop.disableProperty().bind(running.not());
        Button revert = Buttons.of("Revert…", "bulkRevert", Feather.ROTATE_CCW, this::confirmRevert);
        revert.disableProperty().bind(model.phaseProperty().isNotEqualTo(BulkChangeViewModel.Phase.DONE)
                .or(model.outcomeProperty().isNull()));
        Button resume = Buttons.of("Resume", "bulkResume", Feather.SKIP_FORWARD, model::resumeFromJournal);
        resume.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.resumable(), model.phaseProperty(),
                model.outcomeProperty()));
        resume.setTooltip(new javafx.scene.control.Tooltip("Continue the run from its journal: items it already changed are not"
                + " written again"));
        Label rateLabel = new Label("Rate");
        HBox box = new HBox(8, dry, typedName, run, pause, stop, resume, revert, rateLabel, rate);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private Label problem() {
        Label problem = new Label();
        problem.setId("bulkProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private VBox progress() {
        Label status = new Label();
        status.setId("bulkStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("bulkProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.phaseProperty().isNotEqualTo(BulkChangeViewModel.Phase.EDITING)
                .and(model.phaseProperty().isNotEqualTo(BulkChangeViewModel.Phase.REVIEWED))
                .and(model.phaseProperty().isNotEqualTo(BulkChangeViewModel.Phase.DRY_RUNNING)));
        bar.managedProperty().bind(bar.visibleProperty());
        Label counts = new Label();
        counts.setId("bulkCounts");
        counts.getStyleClass().add("panel-title");
        counts.textProperty().bind(model.countsProperty());
        return new VBox(4, status, bar, counts);
    }

    private VBox results() {
        Label journal = new Label();
        journal.setId("bulkJournal");
        journal.getStyleClass().addAll("form-hint", "monospace");
        journal.textProperty().bind(Bindings.createStringBinding(() -> model.journalProperty().get() == null ? ""
                : "Journal: " + model.journalProperty().get(), model.journalProperty()));
        Button copy = Buttons.of("Copy path", "bulkCopyJournal", Feather.COPY,
                () -> ItemCopy.toClipboard(String.valueOf(model.journalProperty().get())));
        copy.visibleProperty().bind(model.journalProperty().isNotNull());
        listed.setId("bulkListed");
        listed.setPrefHeight(120);
        listed.setVisible(false);
        listed.setManaged(false);
        HBox journalLine = new HBox(8, journal, copy);
        HBox.setHgrow(journal, Priority.ALWAYS);
        return new VBox(6, journalLine, listed);
    }

    private void showListed(BulkOutcome outcome) {
        listed.getItems().clear();
        if (outcome != null) {
            for (BulkTally.Listed item : outcome.listed()) {
                listed.getItems().add(item.what() + ": " + DryRunPane.keyText(item.key()) + " — " + item.reason());
            }
        }
        listed.setVisible(!listed.getItems().isEmpty());
        listed.setManaged(listed.isVisible());
    }

    private void confirmRevert() {
        BulkOutcome outcome = model.outcomeProperty().get();
        if (outcome == null) {
            return;
        }
        boolean yes = DialogService.current().confirm(getScene() == null ? null : getScene().getWindow(),
                DialogService.Question.of("confirmBulkRevert", "Revert this run?", String.format("Each of the %,d items the run"
                        + " changed goes back to how it was read, only where it still holds what the run wrote; items changed"
                        + " since are listed and left alone.", outcome.counts().changed())).yes("Revert"));
        if (yes) {
            model.revert();
        }
    }

    private BooleanBinding editingLocked() {
        return model.phaseProperty().isNotEqualTo(BulkChangeViewModel.Phase.EDITING)
                .and(model.phaseProperty().isNotEqualTo(BulkChangeViewModel.Phase.REVIEWED));
    }

    /** Writes a second for the time estimate: 0 when none was given or it cannot be worked out. */
    private double rateForEstimate() {
        try {
            return model.reportProperty().get() == null ? 0 : Math.max(0, model.writesPerSecondQuietly());
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** The dry run's before/after examples as shown (tests). */
    java.util.List<String[]> shownExamples() {
        return dryRun.shownExamples();
    }
}
