package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.AppSettings;
import dev.dynamodesk.config.JsonFileStore;
import dev.dynamodesk.config.TableLayout;
import dev.dynamodesk.ui.browser.TableLayouts;
import dev.dynamodesk.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the settings in memory and writes settings.json: in the background when something
 * changes, and once more on exit. A broken file is set aside by the store and reported once.
 */
final class SettingsKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsKeeper.class);

    private final JsonFileStore<AppSettings> store;
    private final Optional<String> loadProblem;
    private volatile AppSettings current;
    /** Changes made so far (FX thread), and the newest one written (under the lock). */
    private long changes;
    private final Object saveLock = new Object();
    private long savedVersion;

    private SettingsKeeper(JsonFileStore<AppSettings> store, AppSettings current, Optional<String> loadProblem) {
        this.store = store;
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
        AppSettings snapshot = apply(change);
        long version = ++changes;
        tasks.task("Saving settings", context -> {
                    save(snapshot, version);
                    return null;
                })
                .quiet()
                .onFailure(failure -> LOG.warn("Could not save settings to {}: {}", store.file(), failure.toString()))
                .start();
    }

    /** Changes the settings and saves them now: for exit, when no window waits on us. */
    void updateNow(UnaryOperator<AppSettings> change) {
        AppSettings snapshot = apply(change);
        try {
            save(snapshot, ++changes);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", store.file(), e.toString());
        }
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

    private AppSettings apply(UnaryOperator<AppSettings> change) {
        current = change.apply(current);
        return current;
    }

    /** Saves are serialised and a slow older one never overwrites a newer one. */
    private void save(AppSettings snapshot, long version) throws IOException {
        synchronized (saveLock) {
            if (version > savedVersion) {
                store.save(snapshot);
                savedVersion = version;
            }
        }
    }
}
