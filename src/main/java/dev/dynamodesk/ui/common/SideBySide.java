package dev.dynamodesk.ui.common;

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

/** Two items side by side, attribute by attribute, what differs first and marked. */
public final class SideBySide extends TableView<String[]> {
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    public SideBySide(String leftHeading, String rightHeading) {
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Nothing to show."));
        String[] headings = {"Attribute", leftHeading, rightHeading};
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

    /** Shows two items (null: no item on that side); returns how many attributes differ. */
    public int show(Item leftItem, Item rightItem) {
        getItems().clear();
        Set<String> names = new LinkedHashSet<>();
        if (leftItem != null) {
            names.addAll(leftItem.attributes().keySet());
        }
        if (rightItem != null) {
            names.addAll(rightItem.attributes().keySet());
        }
        java.util.List<String[]> differing = new java.util.ArrayList<>();
        java.util.List<String[]> same = new java.util.ArrayList<>();
        for (String name : names) {
            DynamoValue left = value(leftItem, name);
            DynamoValue right = value(rightItem, name);
            boolean differs = !Objects.equals(left, right);
            (differs ? differing : same).add(new String[] {name, text(left, leftItem), text(right, rightItem), Boolean.toString(differs)});
        }
        // What differs first, then the rest of the item.
        getItems().addAll(differing);
        getItems().addAll(same);
        return differing.size();
    }

    private static DynamoValue value(Item item, String name) {
        return item == null ? null : item.get(name);
    }

    private static String text(DynamoValue value, Item side) {
        if (side == null) {
            return "(no item)";
        }
        // A set's summary names its type already ("SS {…}").
        return value == null ? "(none)" : value.type().isSet() ? ValueSummary.of(value, 120) : value.type() + " " + ValueSummary.of(value, 120);
    }
}
