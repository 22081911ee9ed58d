package dev.dynamodesk.ui.common;

import dev.dynamodesk.config.JsonFileStore;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes snapshots of one of the app's files in the background. Saves may finish in any order,
 * so each carries a number and an older snapshot never overwrites a newer one.
 */
public final class BackgroundSaver<T> {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSaver.class);

    private final JsonFileStore<T> store;
    private final Object lock = new Object();
    private long issued;
    private long written;

    public BackgroundSaver(JsonFileStore<T> store) {
        this.store = store;
    }

    /** Saves {@code snapshot} in the background; call on the FX thread. */
    public void save(T snapshot, TaskRunner tasks) {
        long version = ++issued;
        tasks.task("Saving " + store.file().getFileName(), context -> {
                    write(snapshot, version);
                    return null;
                })
                .quiet()
                .onFailure(failure -> LOG.warn("Could not save {}: {}", store.file(), failure.toString()))
                .start();
    }

    /** Saves now, on this thread: for exit, when no window waits. */
    public void saveNow(T snapshot) {
        try {
            write(snapshot, ++issued);
        } catch (IOException e) {
            LOG.warn("Could not save {}: {}", store.file(), e.toString());
        }
    }

    private void write(T snapshot, long version) throws IOException {
        synchronized (lock) {
            if (version > written) {
                store.save(snapshot);
                written = version;
            }
        }
    }
}
