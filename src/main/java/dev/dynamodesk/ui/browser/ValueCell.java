package dev.dynamodesk.ui.browser;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueSummary;
import javafx.scene.control.TableCell;

/**
 * A grid cell showing a value compactly. The type decides the look through a style class
 * ({@code value-n}, {@code value-null}, {@code value-ss}...); an absent attribute is blank.
 * The class is only touched when it changes: every change makes JavaFX restyle the cell, and
 * cells are refreshed each time rows arrive.
 */
public final class ValueCell extends TableCell<Item, DynamoValue> {
    static final int MAX_CHARS = 160;
    /** Key in the table's properties of the cell last right-clicked (for "Copy cell value"). */
    static final String CONTEXT_CELL = "dynamodesk.contextCell";
    private static final String ABSENT = "value-absent";

    private String styleClass;

    public ValueCell() {
        setOnContextMenuRequested(event -> getTableView().getProperties().put(CONTEXT_CELL, this));
    }

    @Override
    protected void updateItem(DynamoValue value, boolean empty) {
        super.updateItem(value, empty);
        if (empty) {
            setText(null);
            showAs(null);
        } else if (value == null) {
            boolean placeholder = getTableRow() != null && ItemGridViewModel.isPlaceholder(getTableRow().getItem());
            setText(placeholder ? "…" : null);
            showAs(ABSENT);
        } else {
            String text = ValueSummary.of(value, MAX_CHARS);
            setText(text.isEmpty() ? "\"\"" : text);
            showAs("value-" + value.type().name().toLowerCase());
        }
    }

    private void showAs(String newClass) {
        if (newClass == null ? styleClass == null : newClass.equals(styleClass)) {
            return;
        }
        if (styleClass != null) {
            getStyleClass().remove(styleClass);
        }
        if (newClass != null) {
            getStyleClass().add(newClass);
        }
        styleClass = newClass;
    }
}
