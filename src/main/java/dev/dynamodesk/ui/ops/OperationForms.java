package dev.dynamodesk.ui.ops;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.ops.OperationRequests;
import dev.dynamodesk.dynamo.ops.OperationsState;
import dev.dynamodesk.dynamo.ops.OperationsText;
import dev.dynamodesk.dynamo.ops.PolicyText;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The form of each operation, each worked out into the request(s) it sends by {@link OperationDialog}. */
final class OperationForms {
    private OperationForms() {
    }

    static Optional<List<PlannedRequest>> stream(Window owner, OperationsState state) {
        OperationsState.Stream now = state.stream().value();
        CheckBox on = check("streamOn", "Stream on", now.enabled());
        ComboBox<String> view = new ComboBox<>();
        view.setId("streamViewType");
        view.getItems().setAll(OperationRequests.STREAM_VIEW_TYPES);
        view.setValue(now.enabled() ? now.viewType() : "NEW_AND_OLD_IMAGES");
        view.disableProperty().bind(on.selectedProperty().not());
        return OperationDialog.ask(owner, "streamDialog", "Stream of " + state.table(),
                "Changing the view type of a stream on means turning it off and on again: a new stream, and readers of the old one"
                        + " see it end.", new VBox(8, on, new Label("Each record holds"), view), () -> {
                    if (on.isSelected() == now.enabled() && (!now.enabled() || view.getValue().equals(now.viewType()))) {
                        return OperationDialog.Plan.problem("The stream is already so");
                    }
                    if (on.isSelected() && now.enabled()) {
                        return OperationDialog.Plan.problem("Turn the stream off first, then on with the new view type");
                    }
                    return OperationDialog.Plan.of(OperationRequests.stream(state.table(), on.isSelected() ? view.getValue() : null));
                }, on.selectedProperty(), view.valueProperty());
    }

    static Optional<List<PlannedRequest>> timeToLive(Window owner, OperationsState state) {
        OperationsState.TimeToLive now = state.timeToLive().value();
        CheckBox on = check("ttlOn", "Delete items when the attribute's time has passed", now.enabled());
        TextField attribute = field("ttlAttribute", now.attribute() == null ? "expiresAt" : now.attribute());
        return OperationDialog.ask(owner, "ttlDialog", "Time to live of " + state.table(),
                "DynamoDB deletes an expired item within a few days of its time, at no cost; the attribute holds epoch seconds (N).",
                new VBox(8, on, new Label("Attribute"), attribute), () -> {
                    String name = attribute.getText().strip();
                    if (name.isEmpty()) {
                        return OperationDialog.Plan.problem("Name the attribute that holds each item's expiry time");
                    }
                    if (on.isSelected() == now.enabled() && name.equals(now.attribute())) {
                        return OperationDialog.Plan.problem("Time to live is already so");
                    }
                    return OperationDialog.Plan.of(OperationRequests.timeToLive(state.table(), name, on.isSelected()));
                }, on.selectedProperty(), attribute.textProperty());
    }

    static Optional<List<PlannedRequest>> pointInTimeRecovery(Window owner, OperationsState state) {
        OperationsState.PointInTimeRecovery now = state.pointInTimeRecovery().value();
        CheckBox on = check("pitrOn", "Point-in-time recovery on", now.enabled());
        Spinner<Integer> days = new Spinner<>(1, 35, now.recoveryPeriodDays() == null ? 35 : now.recoveryPeriodDays());
        days.setId("pitrDays");
        days.setEditable(true);
        days.disableProperty().bind(on.selectedProperty().not());
        return OperationDialog.ask(owner, "pitrDialog", "Point-in-time recovery of " + state.table(),
                "Continuous backups are charged by the table's size; restores go to a new table.",
                new VBox(8, on, new Label("Recovery period (days, 1–35)"), days),
                () -> OperationDialog.Plan.of(OperationRequests.pointInTimeRecovery(state.table(), on.isSelected(),
                        on.isSelected() ? days.getValue() : null)), on.selectedProperty(), days.valueProperty());
    }

    static Optional<List<PlannedRequest>> restoreToPointInTime(Window owner, OperationsState state) {
        OperationsState.PointInTimeRecovery now = state.pointInTimeRecovery().value();
        TextField name = field("restoreTable", state.table() + "-restored");
        TextField time = field("restoreTime", "");
        time.setPromptText("blank: the latest restorable time; else e.g. " + Instant.now().minusSeconds(3_600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String window = now.earliest() == null ? "" : "Restorable from " + OperationsText.when(now.earliest()) + " to "
                + OperationsText.when(now.latest()) + ".";
        return OperationDialog.ask(owner, "restorePitrDialog", "Restore " + state.table() + " to a point in time",
                "The restore creates a new table; " + state.table() + " is not changed. " + window,
                new VBox(8, new Label("New table"), name, new Label("Time (ISO-8601, UTC)"), time), () -> {
                    Instant at = null;
                    if (!time.getText().isBlank()) {
                        try {
                            at = Instant.parse(time.getText().strip());
                        } catch (DateTimeParseException e) {
                            return OperationDialog.Plan.problem("Write the time as 2026-11-30T04:00:00Z");
                        }
                        if (now.earliest() != null && (at.isBefore(now.earliest()) || at.isAfter(now.latest()))) {
                            return OperationDialog.Plan.problem("The time is outside the restorable window. " + window);
                        }
                    }
                    return name.getText().isBlank() ? OperationDialog.Plan.problem("Name the new table")
                            : OperationDialog.Plan.of(OperationRequests.restoreToPointInTime(state.table(), name.getText().strip(), at));
                }, name.textProperty(), time.textProperty());
    }

    static Optional<List<PlannedRequest>> createBackup(Window owner, OperationsState state) {
        TextField name = field("backupName", state.table() + "-" + java.time.LocalDateTime.now().format(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")));
        return OperationDialog.ask(owner, "createBackupDialog", "Back up " + state.table(), "An on-demand backup is kept until deleted.",
                new VBox(8, new Label("Backup name"), name), () -> name.getText().isBlank() ? OperationDialog.Plan.problem("Name the backup")
                        : OperationDialog.Plan.of(OperationRequests.createBackup(state.table(), name.getText().strip())), name.textProperty());
    }

    static Optional<List<PlannedRequest>> restoreBackup(Window owner, OperationsState state, OperationsState.Backup backup) {
        TextField name = field("restoreTable", state.table() + "-from-" + backup.name());
        return OperationDialog.ask(owner, "restoreBackupDialog", "Restore backup " + backup.name(),
                "The restore creates a new table; " + state.table() + " is not changed.", new VBox(8, new Label("New table"), name),
                () -> name.getText().isBlank() ? OperationDialog.Plan.problem("Name the new table")
                        : OperationDialog.Plan.of(OperationRequests.restoreFromBackup(backup.arn(), name.getText().strip())),
                name.textProperty());
    }

    static Optional<List<PlannedRequest>> deletionProtection(Window owner, OperationsState state) {
        boolean now = Boolean.TRUE.equals(state.deletionProtection().value());
        CheckBox on = check("protectionOn", "Refuse DeleteTable while this is on", now);
        return OperationDialog.ask(owner, "protectionDialog", "Deletion protection of " + state.table(), null, on,
                () -> on.isSelected() == now ? OperationDialog.Plan.problem("Deletion protection is already so")
                        : OperationDialog.Plan.of(OperationRequests.deletionProtection(state.table(), on.isSelected())), on.selectedProperty());
    }

    static Optional<List<PlannedRequest>> tags(Window owner, OperationsState state) {
        Map<String, String> now = state.tags().value();
        TextArea lines = new TextArea(String.join("\n", now.entrySet().stream().map(tag -> tag.getKey() + "=" + tag.getValue()).toList()));
        lines.setId("tagLines");
        lines.setPrefRowCount(8);
        return OperationDialog.ask(owner, "tagsDialog", "Tags of " + state.table(), "One tag a line, as key=value.", lines, () -> {
            Map<String, String> wanted = new LinkedHashMap<>();
            for (String line : lines.getText().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int equals = line.indexOf('=');
                if (equals <= 0) {
                    return OperationDialog.Plan.problem("'" + line.strip() + "' is not key=value");
                }
                wanted.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
            Map<String, String> added = new LinkedHashMap<>(wanted);
            added.entrySet().removeIf(tag -> tag.getValue().equals(now.get(tag.getKey())));
            List<String> removed = now.keySet().stream().filter(key -> !wanted.containsKey(key)).toList();
            List<PlannedRequest> requests = new ArrayList<>();
            if (!removed.isEmpty()) {
                requests.add(OperationRequests.untag(state.arn(), removed));
            }
            if (!added.isEmpty()) {
                requests.add(OperationRequests.tag(state.arn(), added));
            }
            return OperationDialog.Plan.of(requests);
        }, lines.textProperty());
    }

    static Optional<List<PlannedRequest>> policy(Window owner, OperationsState state) {
        OperationsState.Policy now = state.policy().value();
        TextArea json = new TextArea(now.present() ? PolicyText.pretty(now.json()) : PolicyText.template(state.arn()));
        json.setId("policyJson");
        json.setPrefRowCount(14);
        json.getStyleClass().add("request-json");
        CheckBox delete = check("deletePolicy", "Delete the policy", false);
        delete.setDisable(!now.present());
        json.disableProperty().bind(delete.selectedProperty());
        TextArea changes = new TextArea();
        changes.setId("policyDiff");
        changes.setEditable(false);
        changes.setPrefRowCount(6);
        changes.getStyleClass().add("request-json");
        Runnable compare = () -> changes.setText(String.join("\n", PolicyText.diff(now.present() ? now.json() : "",
                delete.isSelected() ? "" : json.getText()).stream().filter(line -> !line.startsWith("  ")).toList()));
        json.textProperty().addListener((observable, was, text) -> compare.run());
        delete.selectedProperty().addListener((observable, was, on) -> compare.run());
        compare.run();
        return OperationDialog.ask(owner, "policyDialog", "Resource-based policy of " + state.table(),
                "Saved only if the policy is still as read" + (now.present() ? " (revision " + now.revisionId() + ")" : " (none)")
                        + ". A policy can lock out everyone, you included: read it twice.",
                new VBox(8, json, delete, new Label("What changes (- taken out, + put in)"), changes), () -> {
                    if (delete.isSelected()) {
                        return OperationDialog.Plan.of(OperationRequests.deletePolicy(state.arn(), now.revisionId()));
                    }
                    Optional<String> problem = PolicyText.problem(json.getText());
                    if (problem.isPresent()) {
                        return OperationDialog.Plan.problem(problem.get());
                    }
                    if (now.present() && PolicyText.sameAs(now.json(), json.getText())) {
                        return OperationDialog.Plan.problem("The policy is unchanged");
                    }
                    return OperationDialog.Plan.of(OperationRequests.putPolicy(state.arn(), json.getText().strip(), now.revisionId()));
                }, json.textProperty(), delete.selectedProperty());
    }

    static Optional<List<PlannedRequest>> exportToS3(Window owner, OperationsState state) {
        TextField url = field("exportS3Url", "s3://");
        ComboBox<String> format = new ComboBox<>();
        format.setId("exportS3Format");
        format.getItems().setAll("DYNAMODB_JSON", "ION");
        format.setValue("DYNAMODB_JSON");
        CheckBox incremental = check("exportIncremental", "Only the changes between two times (an incremental export)", false);
        TextField from = field("exportFrom", "");
        TextField until = field("exportTo", "");
        from.setPromptText("from, e.g. " + Instant.now().minusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        until.setPromptText("to, e.g. " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        from.disableProperty().bind(incremental.selectedProperty().not());
        until.disableProperty().bind(incremental.selectedProperty().not());
        boolean pitr = state.pointInTimeRecovery().available() && state.pointInTimeRecovery().value().enabled();
        return OperationDialog.ask(owner, "exportS3Dialog", "Export " + state.table() + " to S3",
                "DynamoDB writes the export itself from its point-in-time backups: no read capacity is used and nothing runs on this"
                        + " machine; billed by the table's size. The export appears under PREFIX/AWSDynamoDB/<export id>/.",
                new VBox(8, new Label("S3 location (s3://bucket/prefix)"), url, new Label("Format"), format, incremental, from, until),
                () -> {
                    if (!pitr) {
                        return OperationDialog.Plan.problem(state.pointInTimeRecovery().available()
                                ? "Point-in-time recovery is off: turn it on first (Change… on its row); exports are made from it"
                                : "This endpoint has no point-in-time recovery, so no export to S3: "
                                        + state.pointInTimeRecovery().unavailable());
                    }
                    Instant start = incremental.isSelected() ? instant(from.getText(), "from") : null;
                    Instant end = incremental.isSelected() ? instant(until.getText(), "to") : null;
                    return OperationDialog.Plan.of(dev.dynamodesk.dynamo.ops.S3Jobs.export(state.arn(),
                            dev.dynamodesk.dynamo.ops.S3Url.parse(url.getText()), format.getValue(), start, end));
                }, url.textProperty(), format.valueProperty(), incremental.selectedProperty(), from.textProperty(), until.textProperty());
    }

    /** DynamoDB's import of an S3 location into a new table (ImportTable): keyed as the user says, followed like an export. */
    static Optional<List<PlannedRequest>> importFromS3(Window owner, OperationsState state) {
        TextField url = field("importS3Url", "s3://");
        ComboBox<String> format = new ComboBox<>();
        format.setId("importS3Format");
        format.getItems().setAll("DYNAMODB_JSON", "CSV", "ION");
        format.setValue("DYNAMODB_JSON");
        ComboBox<String> compression = new ComboBox<>();
        compression.setId("importS3Compression");
        compression.getItems().setAll("GZIP", "ZSTD", "NONE");
        compression.setValue("GZIP");
        TextField table = field("importS3Table", state.table() + "-imported");
        TextField partition = field("importS3Partition", "");
        partition.setPromptText("partition key, e.g. pk:S");
        TextField sort = field("importS3Sort", "");
        sort.setPromptText("sort key (optional), e.g. sk:N");
        return OperationDialog.ask(owner, "importS3Dialog", "Import from S3 into a new table",
                "DynamoDB reads the files under the location itself and writes them into a new table it creates (on demand);"
                        + " nothing runs on this machine. Billed by the data's size.",
                new VBox(8, new Label("S3 location (s3://bucket/prefix)"), url, new Label("Format"), format, new Label("Compression"),
                        compression, new Label("New table"), table, partition, sort), () -> {
                    String[] key = keyOf(partition.getText(), "partition key");
                    String[] sorted = sort.getText().isBlank() ? null : keyOf(sort.getText(), "sort key");
                    if (table.getText().isBlank()) {
                        return OperationDialog.Plan.problem("Name the new table");
                    }
                    return OperationDialog.Plan.of(dev.dynamodesk.dynamo.ops.S3Jobs.importTable(
                            dev.dynamodesk.dynamo.ops.S3Url.parse(url.getText()), format.getValue(), compression.getValue(),
                            table.getText().strip(), key[0], key[1], sorted == null ? null : sorted[0], sorted == null ? null : sorted[1]));
                }, url.textProperty(), format.valueProperty(), compression.valueProperty(), table.textProperty(),
                partition.textProperty(), sort.textProperty());
    }

    /** "pk:S" as name and type. */
    private static String[] keyOf(String text, String what) {
        String[] parts = text.strip().split(":");
        if (parts.length != 2 || parts[0].isBlank() || !parts[1].strip().matches("(?i)[SNB]")) {
            throw new IllegalArgumentException("Write the " + what + " as NAME:TYPE with TYPE S, N or B");
        }
        return new String[] {parts[0].strip(), parts[1].strip().toUpperCase(java.util.Locale.ROOT)};
    }

    private static Instant instant(String text, String which) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Write the '" + which + "' time as 2026-11-30T04:00:00Z");
        }
    }

    private static CheckBox check(String id, String text, boolean selected) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(selected);
        return box;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }
}
