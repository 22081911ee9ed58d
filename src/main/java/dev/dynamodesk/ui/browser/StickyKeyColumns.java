package dev.dynamodesk.ui.browser;

import dev.dynamodesk.item.Item;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps the key columns in view while the grid scrolls sideways: their cells and headers move
 * right by exactly the scrolled distance and are drawn above the other columns, so the key that
 * names each row never scrolls away. (TableView has no frozen columns of its own.)
 */
final class StickyKeyColumns {
    static final String KEY_CELL = "key-cell";
    private final TableView<Item> view;
    private final DoubleProperty offset = new SimpleDoubleProperty();
    private ScrollBar hbar;

    StickyKeyColumns(TableView<Item> view) {
        this.view = view;
        view.skinProperty().addListener((observable, old, skin) -> view.layout());
        view.needsLayoutProperty().addListener((observable, old, needs) -> {
            if (!needs) {
                attach();
                placeHeaders();
            }
        });
        offset.addListener((observable, old, now) -> placeHeaders());
    }

    /** How far the grid is scrolled sideways, in pixels; key cells move by this much. */
    DoubleProperty offsetProperty() {
        return offset;
    }

    /** Makes a key column's cell follow the scroll and sit above its neighbours. */
    void pin(ValueCell cell) {
        cell.getStyleClass().add(KEY_CELL);
        cell.translateXProperty().bind(offset);
        cell.setViewOrder(-1);
    }

    private void attach() {
        if (hbar != null) {
            return;
        }
        for (Node node : view.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                hbar = bar;
                offset.bind(bar.valueProperty());
                return;
            }
        }
    }

    private void placeHeaders() {
        for (Node header : view.lookupAll(".column-header")) {
            if (header.getStyleClass().contains("key-column")) {
                header.setTranslateX(offset.get());
                header.setViewOrder(-1);
            }
        }
    }

    static boolean isKey(TableColumn<?, ?> column) {
        return column.getStyleClass().contains("key-column");
    }
}
