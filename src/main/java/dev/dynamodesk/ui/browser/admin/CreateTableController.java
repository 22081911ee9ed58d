package dev.dynamodesk.ui.browser.admin;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.admin.Capacity;
import dev.dynamodesk.dynamo.admin.CreateTableSpec;
import dev.dynamodesk.dynamo.admin.IndexSpec;
import dev.dynamodesk.dynamo.admin.TableRequests;
import dev.dynamodesk.item.AttributeType;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The create-table form (create-table.fxml): keeps the spec, its problems and the request preview in step. */
public final class CreateTableController {
    @FXML private HBox root;
    @FXML private TextField tableName;
    @FXML private TextField partitionKeyName;
    @FXML private ComboBox<AttributeType> partitionKeyType;
    @FXML private TextField sortKeyName;
    @FXML private ComboBox<AttributeType> sortKeyType;
    @FXML private TextField ttlAttribute;
    @FXML private RadioButton onDemand;
    @FXML private RadioButton provisioned;
    @FXML private Spinner<Integer> readCapacity;
    @FXML private Spinner<Integer> writeCapacity;
    @FXML private Button addGlobalIndex;
    @FXML private Button addLocalIndex;
    @FXML private VBox indexes;
    @FXML private VBox problems;
    @FXML private RequestPreview preview;

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    @FXML
    private void initialize() {
        KeyTypes.configure(partitionKeyType);
        KeyTypes.configure(sortKeyType);
        readCapacity.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 40_000, 5));
        writeCapacity.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 40_000, 5));
        readCapacity.disableProperty().bind(onDemand.selectedProperty());
        writeCapacity.disableProperty().bind(onDemand.selectedProperty());
        for (TextField field : List.of(tableName, partitionKeyName, sortKeyName, ttlAttribute)) {
            field.textProperty().addListener((observable, old, now) -> update());
        }
        partitionKeyType.valueProperty().addListener((observable, old, now) -> update());
        sortKeyType.valueProperty().addListener((observable, old, now) -> update());
        onDemand.selectedProperty().addListener((observable, old, now) -> update());
        readCapacity.valueProperty().addListener((observable, old, now) -> update());
        writeCapacity.valueProperty().addListener((observable, old, now) -> update());
        addGlobalIndex.setOnAction(event -> addIndex(true));
        addLocalIndex.setOnAction(event -> addIndex(false));
        update();
    }

    Node root() {
        return root;
    }

    /** Whether the form describes a table DynamoDB will accept. */
    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public CreateTableSpec spec() {
        List<IndexSpec> indexSpecs = new ArrayList<>();
        for (Node row : indexes.getChildren()) {
            indexSpecs.add(((IndexRowView) row).spec());
        }
        String sort = sortKeyName.getText().strip();
        return new CreateTableSpec(tableName.getText().strip(),
                new KeyAttribute(partitionKeyName.getText().strip(), partitionKeyType.getValue()),
                sort.isEmpty() ? null : new KeyAttribute(sort, sortKeyType.getValue()),
                indexSpecs,
                onDemand.isSelected() ? Capacity.ON_DEMAND : Capacity.provisioned(readCapacity.getValue(), writeCapacity.getValue()),
                ttlAttribute.getText());
    }

    private void addIndex(boolean global) {
        indexes.getChildren().add(new IndexRowView(global, this::update, row -> {
            indexes.getChildren().remove(row);
            update();
        }));
        update();
    }

    private void update() {
        CreateTableSpec spec = spec();
        List<String> found = spec.problems();
        problems.getChildren().clear();
        for (String problem : found) {
            Label label = new Label(problem);
            label.getStyleClass().add("builder-problem");
            label.setWrapText(true);
            problems.getChildren().add(label);
        }
        valid.set(found.isEmpty());
        if (found.isEmpty()) {
            preview.show(TableRequests.create(spec));
        } else {
            preview.showProblems(found);
        }
    }
}
