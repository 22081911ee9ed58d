package dev.dynamodesk.ui.ops;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.ops.OperationRequests;
import dev.dynamodesk.dynamo.ops.OperationsState;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The forms of the settings that cost money: table class, warm throughput, on-demand maximum, contributor insights. */
final class CapacityForms {
    private CapacityForms() {
    }

    static Optional<List<PlannedRequest>> tableClass(Window owner, OperationsState state) {
        String now = state.tableClass().value();
        ComboBox<String> chosen = new ComboBox<>();
        chosen.setId("tableClass");
        chosen.getItems().setAll("STANDARD", "STANDARD_INFREQUENT_ACCESS");
        chosen.setValue(now);
        return OperationDialog.ask(owner, "tableClassDialog", "Table class of " + state.table(),
                "Standard-IA stores for less and charges more for reads and writes; DynamoDB allows two class changes in 30 days.",
                chosen, () -> chosen.getValue().equals(now) ? OperationDialog.Plan.problem("The table class is already " + now)
                        : OperationDialog.Plan.of(OperationRequests.tableClass(state.table(), chosen.getValue())), chosen.valueProperty());
    }

    static Optional<List<PlannedRequest>> warmThroughput(Window owner, OperationsState state) {
        OperationsState.WarmThroughput now = state.warmThroughput().value();
        TextField reads = number("warmReads", now.readUnitsPerSecond());
        TextField writes = number("warmWrites", now.writeUnitsPerSecond());
        return OperationDialog.ask(owner, "warmDialog", "Warm throughput of " + state.table(),
                "Raising warm throughput is charged once, by the units added (see DynamoDB's pricing); it cannot be lowered again.",
                new VBox(8, new Label("Read units a second"), reads, new Label("Write units a second"), writes), () -> {
                    Long read = parse(reads.getText(), "Read units");
                    Long write = parse(writes.getText(), "Write units");
                    if (read != null && now.readUnitsPerSecond() != null && read < now.readUnitsPerSecond()
                            || write != null && now.writeUnitsPerSecond() != null && write < now.writeUnitsPerSecond()) {
                        return OperationDialog.Plan.problem("Warm throughput can only be raised");
                    }
                    return OperationDialog.Plan.of(OperationRequests.warmThroughput(state.table(), read, write));
                }, reads.textProperty(), writes.textProperty());
    }

    static Optional<List<PlannedRequest>> onDemandMaximum(Window owner, OperationsState state) {
        OperationsState.OnDemandMaximum now = state.onDemandMaximum().value();
        TextField reads = number("maxReads", now.maxReadRequestUnits());
        TextField writes = number("maxWrites", now.maxWriteRequestUnits());
        reads.setPromptText("-1: no maximum");
        writes.setPromptText("-1: no maximum");
        return OperationDialog.ask(owner, "onDemandDialog", "On-demand maximum throughput of " + state.table(),
                "Requests beyond the maximum are throttled rather than billed; -1 removes a maximum. Only for on-demand tables.",
                new VBox(8, new Label("Most read request units a second"), reads, new Label("Most write request units a second"), writes),
                () -> {
                    Long read = parse(reads.getText(), "Read units");
                    Long write = parse(writes.getText(), "Write units");
                    return OperationDialog.Plan.of(OperationRequests.onDemandMaximum(state.table(), read == null ? -1 : read,
                            write == null ? -1 : write));
                }, reads.textProperty(), writes.textProperty());
    }

    static Optional<List<PlannedRequest>> contributorInsights(Window owner, OperationsState state) {
        boolean now = "ENABLED".equals(state.contributorInsights().value()) || "ENABLING".equals(state.contributorInsights().value());
        CheckBox on = new CheckBox("Contributor insights on (CloudWatch rules, charged per event)");
        on.setId("insightsOn");
        on.setSelected(now);
        return OperationDialog.ask(owner, "insightsDialog", "Contributor insights of " + state.table(), null, on,
                () -> on.isSelected() == now ? OperationDialog.Plan.problem("Contributor insights are already so")
                        : OperationDialog.Plan.of(OperationRequests.contributorInsights(state.table(), on.isSelected())), on.selectedProperty());
    }

    private static TextField number(String id, Long value) {
        TextField field = new TextField(value == null || value < 0 ? "" : Long.toString(value));
        field.setId(id);
        return field;
    }

    /** A whole number typed, or null when blank; -1 and up. */
    private static Long parse(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip().replace(",", ""));
            if (value < -1) {
                throw new IllegalArgumentException(what + " must be -1 or more");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text.strip() + "' is not a whole number");
        }
    }
}
