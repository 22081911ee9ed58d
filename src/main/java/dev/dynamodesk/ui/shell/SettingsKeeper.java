package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.AppSettings;
import dev.dynamodesk.config.JsonFileStore;
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
        current = change.apply(current);
        AppSettings snapshot = current;
        tasks.task("Saving settings", context -> {
                    store.save(snapshot);
                    return null;
                })
                .quiet()
                .onFailure(failure -> LOG.warn("Could not save settings to {}: {}", store.file(), failure.toString()))
                .start();
    }

    /** Changes the settings and saves them now: for exit, when no window waits on us. */
    void updateNow(UnaryOperator<AppSettings> change) {
        current = change.apply(current);
        try {
            store.save(current);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", store.file(), e.toString());
        }
    }
}
