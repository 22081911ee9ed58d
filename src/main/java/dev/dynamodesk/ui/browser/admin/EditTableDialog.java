package dev.dynamodesk.ui.browser.admin;

import dev.dynamodesk.dynamo.TableDetails;
import dev.dynamodesk.dynamo.admin.Capacity;
import dev.dynamodesk.dynamo.admin.IndexSpec;
import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.dynamo.admin.TableNames;
import dev.dynamodesk.dynamo.admin.TableRequests;
import dev.dynamodesk.dynamo.admin.UpdateTableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Changes an existing table: billing and capacity, global indexes to add or delete, time to live.
 * Shows every request the change takes before anything is sent; returns them on Apply.
 */
final class EditTableDialog {
    private final TableDetails current;
    private final RadioButton onDemand = new RadioButton("On demand");
    private final RadioButton provisioned = new RadioButton("Provisioned");
    private final Spinner<Integer> read;
    private final Spinner<Integer> write;
    private final CheckBox ttl = new CheckBox("Time to live on attribute");
    private final TextField ttlAttribute = new TextField();
    private final List<CheckBox> deletions = new ArrayList<>();
    private final VBox additions = new VBox(6);
    private final VBox problems = new VBox(2);
    private final RequestPreview preview = new RequestPreview();
    private final SimpleBooleanProperty sendable = new SimpleBooleanProperty();
    private List<PlannedRequest> planned = List.of();

    private EditTableDialog(TableDetails current) {
        this.current = current;
        boolean isOnDemand = "PAY_PER_REQUEST".equals(current.billingMode());
        ToggleGroup billing = new ToggleGroup();
        onDemand.setToggleGroup(billing);
        provisioned.setToggleGroup(billing);
        onDemand.setSelected(isOnDemand);
        provisioned.setSelected(!isOnDemand);
        read = new Spinner<>(1, 40_000, current.readCapacity() == null ? 5 : current.readCapacity().intValue());
        write = new Spinner<>(1, 40_000, current.writeCapacity() == null ? 5 : current.writeCapacity().intValue());
        for (Spinner<Integer> spinner : List.of(read, write)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(90);
            spinner.disableProperty().bind(onDemand.selectedProperty());
            spinner.valueProperty().addListener((observable, old, now) -> update());
        }
        onDemand.selectedProperty().addListener((observable, old, now) -> update());
        String ttlText = current.timeToLive().available() ? current.timeToLive().value() : "";
        ttl.setSelected(ttlText.startsWith("ENABLED"));
        ttlAttribute.setText(ttlText.contains(" on ") ? ttlText.substring(ttlText.indexOf(" on ") + 4) : "");
        ttlAttribute.setPromptText("attribute holding epoch seconds");
        ttl.selectedProperty().addListener((observable, old, now) -> update());
        ttlAttribute.textProperty().addListener((observable, old, now) -> update());
        ttl.setDisable(!current.timeToLive().available());
    }

    static Optional<List<PlannedRequest>> ask(Window owner, TableDetails current) {
        EditTableDialog form = new EditTableDialog(current);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Change table");
        dialog.setHeaderText("Change " + current.info().name());
        ButtonType apply = new ButtonType("Apply changes", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, apply);
        dialog.getDialogPane().setContent(form.content());
        dialog.getDialogPane().setId("editTableDialog");
        // AtlantaFX caps dialogs at 600 px; this one needs room.
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(form.sendable.not());
        dialog.getDialogPane().setPrefSize(1040, 620);
        dialog.setResizable(true);
        // A dialog sizes itself once, when shown; make room for the form and the request preview.
        dialog.initOwner(owner);
        form.update();
        return dialog.showAndWait().filter(apply::equals).map(button -> form.planned);
    }

    private Node content() {
        VBox left = new VBox(10);
        left.setPrefWidth(520);
        left.getChildren().addAll(heading("Capacity"), new HBox(12, onDemand, provisioned, new Label("Read"), read,
                new Label("Write"), write));
        left.getChildren().add(heading("Time to live"));
        left.getChildren().add(current.timeToLive().available() ? new HBox(8, ttl, ttlAttribute)
                : new Label("not available — " + current.timeToLive().unavailable()));
        left.getChildren().add(heading("Global indexes"));
        for (TableDetails.IndexDetails index : current.indexes()) {
            if (index.global()) {
                dev.dynamodesk.dynamo.IndexInfo keys = current.schemaOf(index);
                CheckBox delete = new CheckBox("Delete " + index.name() + " (" + dev.dynamodesk.dynamo.IndexInfo.label(keys.partitionKeys())
                        + (keys.sortKeys().isEmpty() ? "" : "; sort " + dev.dynamodesk.dynamo.IndexInfo.label(keys.sortKeys())) + ")");
                delete.setUserData(index.name());
                delete.selectedProperty().addListener((observable, old, now) -> update());
                deletions.add(delete);
                left.getChildren().add(delete);
            }
        }
        Button add = new Button("+ Global index");
        add.getStyleClass().add("small");
        add.setOnAction(event -> {
            additions.getChildren().add(new IndexRowView(true, this::update, row -> {
                additions.getChildren().remove(row);
                update();
            }));
            update();
        });
        left.getChildren().addAll(additions, add, problems);
        preview.setPrefWidth(420);
        ScrollPane form = new ScrollPane(left);
        form.setFitToWidth(true);
        form.getStyleClass().add("edge-to-edge");
        HBox content = new HBox(16, form, preview);
        content.setPrefSize(1000, 520);
        content.getStyleClass().add("table-form");
        return content;
    }

    private void update() {
        List<String> found = new ArrayList<>();
        List<IndexSpec> added = new ArrayList<>();
        for (Node row : additions.getChildren()) {
            IndexSpec spec = ((IndexRowView) row).spec();
            TableNames.indexNameProblem(spec.name()).ifPresent(found::add);
            if (spec.partitionKey() == null) {
                found.add("The new index " + spec.name() + " needs a partition key.");
            }
            added.add(spec);
        }
        UpdateTableSpec.TimeToLive ttlChange = null;
        if (current.timeToLive().available()) {
            boolean wasOn = current.timeToLive().value().startsWith("ENABLED");
            if (ttl.isSelected() != wasOn) {
                if (ttlAttribute.getText().isBlank()) {
                    found.add("Name the attribute for time to live.");
                }
                ttlChange = new UpdateTableSpec.TimeToLive(ttl.isSelected(), ttlAttribute.getText().strip());
            }
        }
        found.addAll(new UpdateTableSpec(current.info().name(), null, added, List.of(), null)
                .addedIndexProblems(current.attributeDefinitions()));
        List<String> deleted = deletions.stream().filter(CheckBox::isSelected).map(box -> (String) box.getUserData()).toList();
        Capacity capacity = onDemand.isSelected() ? Capacity.ON_DEMAND : Capacity.provisioned(read.getValue(), write.getValue());
        problems.getChildren().clear();
        found.forEach(problem -> {
            Label label = new Label(problem);
            label.getStyleClass().add("builder-problem");
            problems.getChildren().add(label);
        });
        if (!found.isEmpty()) {
            planned = List.of();
            preview.showProblems(found);
        } else {
            planned = TableRequests.update(current, new UpdateTableSpec(current.info().name(), capacity, added, deleted, ttlChange));
            preview.show(planned);
        }
        sendable.set(found.isEmpty() && !planned.isEmpty());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-heading");
        return label;
    }
}
