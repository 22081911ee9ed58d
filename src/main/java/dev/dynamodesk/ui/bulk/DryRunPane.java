package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.dynamo.bulk.DryRunReport;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.ValueSummary;
import dev.dynamodesk.item.change.ChangeRefused;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** What a dry run found: the counts, why items would fail, the write capacity and time, and before/after examples per attribute. */
final class DryRunPane extends VBox {
    private static final double FIXED_ROW = 30;
    /** The column headers and borders (AtlantaFX's are taller than a row). */
    private static final double HEADER_HEIGHT = 48;

    private final Label summary = new Label();
    private final Label capacity = new Label();
    private final VBox refusals = new VBox(2);
    private final TableView<String[]> examples = new TableView<>();

    DryRunPane() {
        super(6);
        summary.setId("bulkSummary");
        summary.getStyleClass().add("panel-title");
        summary.setWrapText(true);
        capacity.setId("bulkCapacity");
        capacity.getStyleClass().add("form-hint");
        examples.setId("bulkExamples");
        examples.setFixedCellSize(FIXED_ROW);
        examples.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String[] headings = {"Attribute", "Item", "Before", "After"};
        double[] widths = {150, 340, 220, 220};
        for (int i = 0; i < headings.length; i++) {
            int column = i;
            TableColumn<String[], String> shown = new TableColumn<>(headings[i]);
            shown.setPrefWidth(widths[i]);
            shown.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()[column]));
            examples.getColumns().add(shown);
        }
        getChildren().addAll(summary, capacity, refusals, examples);
    }

    void show(DryRunReport report, double rate) {
        setVisible(report != null);
        setManaged(report != null);
        if (report == null) {
            return;
        }
        summary.setText("Dry run: " + report.summary() + ". Nothing was written.");
        double seconds = report.secondsAt(rate);
        capacity.setText(String.format("%,d write capacity units", report.writeUnits())
                + (seconds >= 0 ? " · about " + Durations.text(seconds) + " at " + (long) rate + " writes a second"
                : " · as fast as the table takes them (set a rate to spare a provisioned table)"));
        refusals.getChildren().clear();
        for (Map.Entry<ChangeRefused.Reason, DryRunReport.Refusals> refused : report.refusals().entrySet()) {
            Label line = new Label(String.format("Would fail, %s: %,d — e.g. %s", refused.getKey().label(),
                    refused.getValue().count(), String.join("; ", refused.getValue().examples())));
            line.getStyleClass().add("form-problem");
            line.setWrapText(true);
            refusals.getChildren().add(line);
        }
        examples.getItems().clear();
        Map<String, Long> counts = report.attributeCounts();
        report.examples().forEach((name, kept) -> {
            for (DryRunReport.Example example : kept) {
                examples.getItems().add(new String[] {name + " (" + counts.get(name) + ")", keyText(example.key()),
                        text(example.before()), text(example.after())});
            }
        });
        examples.setPrefHeight(FIXED_ROW * examples.getItems().size() + HEADER_HEIGHT);
        examples.setVisible(!examples.getItems().isEmpty());
        examples.setManaged(!examples.getItems().isEmpty());
    }

    /** The examples as shown, for tests: attribute, item, before, after. */
    List<String[]> shownExamples() {
        return List.copyOf(examples.getItems());
    }

    /** "userId = u-1005, orderId = o-7": the key as a person reads it. */
    static String keyText(dev.dynamodesk.item.Item key) {
        return String.join(", ", key.attributes().entrySet().stream()
                .map(entry -> entry.getKey() + " = " + ValueSummary.of(entry.getValue(), 40)).toList());
    }

    private static String text(DynamoValue value) {
        return value == null ? "(none)" : value.type() + " " + ValueSummary.of(value, 80);
    }
}
