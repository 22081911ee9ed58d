package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.admin.CreateTableSpec;
import dev.dynamodesk.item.AttributeType;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The name and key of the table an import creates (on demand capacity; indexes can be added later). */
final class NewTableFields {
    private final TextField name = field("newTableName", "Table name");
    private final TextField partitionKey = field("newTablePartitionKey", "Partition key attribute");
    private final ChoiceBox<AttributeType> partitionType = keyType("newTablePartitionType");
    private final TextField sortKey = field("newTableSortKey", "Sort key attribute (optional)");
    private final ChoiceBox<AttributeType> sortType = keyType("newTableSortType");
    private final Label problem = new Label();

    NewTableFields() {
        problem.getStyleClass().add("form-problem");
        problem.setId("newTableProblem");
        onChange(() -> problem.setText(problem() == null ? "" : problem()));
    }

    int addTo(GridPane grid, int row) {
        grid.addRow(row, new Label("New table"), name);
        grid.addRow(row + 1, new Label("Partition key"), new HBox(6, partitionKey, partitionType));
        grid.addRow(row + 2, new Label("Sort key"), new HBox(6, sortKey, sortType));
        grid.add(problem, 1, row + 3);
        return row + 4;
    }

    void focus() {
        name.requestFocus();
    }

    Observable[] changes() {
        return new Observable[] {name.textProperty(), partitionKey.textProperty(), sortKey.textProperty(),
                partitionType.valueProperty(), sortType.valueProperty()};
    }

    void onChange(Runnable action) {
        for (Observable observable : changes()) {
            observable.addListener(changed -> action.run());
        }
    }

    CreateTableSpec spec() {
        KeyAttribute sort = sortKey.getText().isBlank() ? null : new KeyAttribute(sortKey.getText().strip(), sortType.getValue());
        return new CreateTableSpec(name.getText().strip(), new KeyAttribute(partitionKey.getText().strip(), partitionType.getValue()),
                sort, null, null, null);
    }

    /** The first thing DynamoDB would refuse, or null. */
    String problem() {
        List<String> problems = spec().problems();
        return problems.isEmpty() ? null : problems.get(0);
    }

    List<String> keyNames() {
        List<String> names = new ArrayList<>();
        if (!partitionKey.getText().isBlank()) {
            names.add(partitionKey.getText().strip());
        }
        if (!sortKey.getText().isBlank()) {
            names.add(sortKey.getText().strip());
        }
        return names;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static ChoiceBox<AttributeType> keyType(String id) {
        ChoiceBox<AttributeType> type = new ChoiceBox<>();
        type.setId(id);
        type.getItems().setAll(AttributeType.S, AttributeType.N, AttributeType.B);
        type.setValue(AttributeType.S);
        return type;
    }
}
