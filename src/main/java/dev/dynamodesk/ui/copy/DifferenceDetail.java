package dev.dynamodesk.ui.copy;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueSummary;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Two items side by side, attribute by attribute; the attributes that differ are marked. */
final class DifferenceDetail extends TableView<String[]> {
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    DifferenceDetail() {
        setId("differenceDetail");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Pick a difference to see both sides."));
        String[] headings = {"Attribute", "Left", "Right"};
        for (int i = 0; i < headings.length; i++) {
            int column = i;
            TableColumn<String[], String> shown = new TableColumn<>(headings[i]);
            shown.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()[column]));
            shown.setPrefWidth(i == 0 ? 140 : 260);
            getColumns().add(shown);
        }
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(String[] row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(DIFFERS, !empty && row != null && "true".equals(row[3]));
            }
        });
        getStyleClass().add("difference-detail");
    }

    void show(DifferenceRow row) {
        getItems().clear();
        if (row == null) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        if (row.left() != null) {
            names.addAll(row.left().attributes().keySet());
        }
        if (row.right() != null) {
            names.addAll(row.right().attributes().keySet());
        }
        java.util.List<String[]> differing = new java.util.ArrayList<>();
        java.util.List<String[]> same = new java.util.ArrayList<>();
        for (String name : names) {
            DynamoValue left = value(row.left(), name);
            DynamoValue right = value(row.right(), name);
            boolean differs = !Objects.equals(left, right);
            (differs ? differing : same).add(new String[] {name, text(left, row.left()), text(right, row.right()), Boolean.toString(differs)});
        }
        // What differs first, then the rest of the item.
        getItems().addAll(differing);
        getItems().addAll(same);
    }

    private static DynamoValue value(Item item, String name) {
        return item == null ? null : item.get(name);
    }

    private static String text(DynamoValue value, Item side) {
        return side == null ? "(no item)" : value == null ? "(none)" : value.type() + " " + ValueSummary.of(value, 120);
    }
}
