package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.AppSettings;
import dev.dynamodesk.config.JsonFileStore;
import dev.dynamodesk.config.TableLayout;
import dev.dynamodesk.ui.browser.TableLayouts;
import dev.dynamodesk.ui.common.BackgroundSaver;
import dev.dynamodesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Holds the settings in memory and writes settings.json: in the background when something
 * changes, and once more on exit. A broken file is set aside by the store and reported once.
 */
final class SettingsKeeper {
    private final Optional<String> loadProblem;
    private final BackgroundSaver<AppSettings> saver;
    private volatile AppSettings current;

    private SettingsKeeper(JsonFileStore<AppSettings> store, AppSettings current, Optional<String> loadProblem) {
        this.saver = new BackgroundSaver<>(store);
        this.current = current;
        this.loadProblem = loadProblem;
    }

    /** Reads the file: call it off the FX thread (Application.init). */
    static SettingsKeeper load(Path file) {
        JsonFileStore<AppSettings> store = new JsonFileStore<>(file, AppSettings.class, AppSettings::defaults);
        JsonFileStore.Loaded<AppSettings> loaded = store.load();
        return new SettingsKeeper(store, loaded.value(), loaded.problem());
    }

    AppSettings current() {
        return current;
    }

    Optional<String> loadProblem() {
        return loadProblem;
    }

    /** Changes the settings and saves them in the background. */
    void update(UnaryOperator<AppSettings> change, TaskRunner tasks) {
        current = change.apply(current);
        saver.save(current, tasks);
    }

    /** Changes the settings and saves them now: for exit, when no window waits on us. */
    void updateNow(UnaryOperator<AppSettings> change) {
        current = change.apply(current);
        saver.saveNow(current);
    }

    /** The grids' column layouts, kept in these settings and saved in the background. */
    TableLayouts tableLayouts(TaskRunner tasks) {
        return new TableLayouts() {
            @Override
            public Optional<TableLayout> get(String key) {
                return Optional.ofNullable(current.tableLayouts().get(key));
            }

            @Override
            public void put(String key, TableLayout layout) {
                update(settings -> settings.withTableLayout(key, layout), tasks);
            }
        };
    }
}
