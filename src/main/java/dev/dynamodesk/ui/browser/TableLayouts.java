package dev.dynamodesk.ui.browser;

import dev.dynamodesk.config.TableLayout;
import java.util.Optional;

/** Where grids remember their column layouts (settings.json in the app). */
public interface TableLayouts {
    Optional<TableLayout> get(String key);

    void put(String key, TableLayout layout);

    /** Nothing remembered: for tests and previews. */
    static TableLayouts none() {
        return new TableLayouts() {
            @Override
            public Optional<TableLayout> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, TableLayout layout) {
            }
        };
    }
}
