package dev.dynamodesk.ui.browser;

import dev.dynamodesk.config.TableLayout;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * Gives a grid's columns the order, widths and visibility the user chose last time for this
 * table, and remembers changes (a moment after the last one, not on every pixel of a resize).
 */
final class ColumnLayoutKeeper {
    private final TableView<Item> view;
    private final TableLayouts store;
    private final String key;
    private final TableLayout saved;
    private final PauseTransition saveSoon = new PauseTransition(Duration.millis(800));

    ColumnLayoutKeeper(TableView<Item> view, TableLayouts store, String key) {
        this.view = view;
        this.store = store;
        this.key = key;
        this.saved = store.get(key).orElse(new TableLayout(List.of(), Map.of(), Set.of()));
        saveSoon.setOnFinished(event -> store.put(key, current()));
        view.getColumns().addListener((ListChangeListener<TableColumn<Item, ?>>) change -> changed());
    }

    /** Applies what was remembered to a new column and watches it for changes. */
    void adopt(TableColumn<Item, ?> column) {
        String name = (String) column.getUserData();
        Double width = saved.widths().get(name);
        if (width != null && width > 10) {
            column.setPrefWidth(width);
        }
        column.setVisible(!saved.hidden().contains(name));
        column.widthProperty().addListener((observable, old, now) -> changed());
        column.visibleProperty().addListener((observable, old, now) -> changed());
    }

    /**
     * Where a new column goes: before the first shown column that came after it last time, so the
     * remembered order returns however the data arrives. Key columns are placed by the caller.
     */
    int insertionIndex(String name) {
        int rank = saved.order().indexOf(name);
        if (rank < 0) {
            return view.getColumns().size();
        }
        for (int i = 0; i < view.getColumns().size(); i++) {
            int other = saved.order().indexOf((String) view.getColumns().get(i).getUserData());
            if (other > rank) {
                return i;
            }
        }
        return view.getColumns().size();
    }

    private void changed() {
        if (!view.getColumns().isEmpty()) {
            saveSoon.playFromStart();
        }
    }

    private TableLayout current() {
        List<String> order = new ArrayList<>(saved.order());
        Map<String, Double> widths = new HashMap<>(saved.widths());
        Set<String> hidden = new HashSet<>(saved.hidden());
        List<String> shown = new ArrayList<>();
        for (TableColumn<Item, ?> column : view.getColumns()) {
            String name = (String) column.getUserData();
            shown.add(name);
            widths.put(name, column.getWidth());
            if (column.isVisible()) {
                hidden.remove(name);
            } else {
                hidden.add(name);
            }
        }
        // Columns shown now take the order they have now; others keep their remembered place.
        order.removeAll(shown);
        order.addAll(0, shown);
        return new TableLayout(order, widths, hidden);
    }
}
