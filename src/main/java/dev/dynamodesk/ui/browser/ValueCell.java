package dev.dynamodesk.ui.browser;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueSummary;
import dev.dynamodesk.item.AttributeType;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;

/**
 * A grid cell showing a value compactly. The type decides the look through a pseudo-class
 * ({@code :value-n}, {@code :value-null}, {@code :value-ss}...); an absent attribute is blank.
 * Pseudo-classes, not style classes: a style class change makes JavaFX look up every style of the
 * cell again, and cells are re-filled each time rows arrive (measured: most of a frame's time while
 * a table loaded). A cell left empty keeps its last type, which shows nothing without text.
 */
public final class ValueCell extends TableCell<Item, DynamoValue> {
    static final int MAX_CHARS = 160;
    /** Key in the table's properties of the cell last right-clicked (for "Copy cell value"). */
    static final String CONTEXT_CELL = "dynamodesk.contextCell";
    private static final Map<AttributeType, PseudoClass> TYPES = new EnumMap<>(AttributeType.class);
    private static final PseudoClass ABSENT = PseudoClass.getPseudoClass("value-absent");

    static {
        for (AttributeType type : AttributeType.values()) {
            TYPES.put(type, PseudoClass.getPseudoClass("value-" + type.name().toLowerCase(Locale.ROOT)));
        }
    }

    private PseudoClass shownAs;
    /** The table's TTL attribute (or null): its cells also say when the item expires. */
    private final java.util.function.Supplier<String> timeToLiveAttribute;

    public ValueCell() {
        this(() -> null);
    }

    public ValueCell(java.util.function.Supplier<String> timeToLiveAttribute) {
        this.timeToLiveAttribute = timeToLiveAttribute;
        setOnContextMenuRequested(event -> getTableView().getProperties().put(CONTEXT_CELL, this));
    }

    @Override
    protected void updateItem(DynamoValue value, boolean empty) {
        super.updateItem(value, empty);
        if (empty) {
            setText(null);
        } else if (value == null) {
            boolean placeholder = getTableRow() != null && ItemGridViewModel.isPlaceholder(getTableRow().getItem());
            setText(placeholder ? "…" : null);
            showAs(ABSENT);
        } else {
            String ttl = timeToLiveAttribute.get();
            String text = ttl != null && getTableColumn() != null && ttl.equals(getTableColumn().getUserData())
                    ? dev.dynamodesk.item.Expiry.annotate(value, java.time.Instant.now()) : ValueSummary.of(value, MAX_CHARS);
            setText(text.isEmpty() ? "\"\"" : text);
            showAs(TYPES.get(value.type()));
        }
    }

    private void showAs(PseudoClass type) {
        if (type == shownAs) {
            return;
        }
        if (shownAs != null) {
            pseudoClassStateChanged(shownAs, false);
        }
        pseudoClassStateChanged(type, true);
        shownAs = type;
    }
}
