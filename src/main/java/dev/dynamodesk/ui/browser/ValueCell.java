package dev.dynamodesk.ui.browser;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueSummary;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.TableCell;

/**
 * A grid cell showing a value compactly. The type decides the look through a style class
 * ({@code value-n}, {@code value-null}, {@code value-ss}...); an absent attribute is blank.
 */
final class ValueCell extends TableCell<Item, DynamoValue> {
    static final int MAX_CHARS = 160;
    /** Key in the table's properties of the cell last right-clicked (for "Copy cell value"). */
    static final String CONTEXT_CELL = "dynamodesk.contextCell";

    ValueCell() {
        setOnContextMenuRequested(event -> getTableView().getProperties().put(CONTEXT_CELL, this));
    }
    private static final List<String> TYPE_CLASSES = Arrays.stream(AttributeType.values())
            .map(type -> "value-" + type.name().toLowerCase()).toList();

    @Override
    protected void updateItem(DynamoValue value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().removeAll(TYPE_CLASSES);
        getStyleClass().remove("value-absent");
        if (empty) {
            setText(null);
            return;
        }
        if (value == null) {
            boolean placeholder = getTableRow() != null && ItemGridViewModel.isPlaceholder(getTableRow().getItem());
            setText(placeholder ? "…" : null);
            getStyleClass().add("value-absent");
            return;
        }
        getStyleClass().add("value-" + value.type().name().toLowerCase());
        String text = ValueSummary.of(value, MAX_CHARS);
        setText(text.isEmpty() ? "\"\"" : text);
    }
}
