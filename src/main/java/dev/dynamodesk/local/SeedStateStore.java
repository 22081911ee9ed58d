package dev.dynamodesk.local;

import dev.dynamodesk.config.JsonFileStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where {@link SeedState} is kept: a file beside the database, or memory for an in-memory Local. */
public interface SeedStateStore {
    Optional<SeedState> load();

    void save(SeedState state);

    static SeedStateStore inMemory() {
        return new SeedStateStore() {
            private SeedState state;

            @Override
            public synchronized Optional<SeedState> load() {
                return Optional.ofNullable(state);
            }

            @Override
            public synchronized void save(SeedState newState) {
                state = newState;
            }
        };
    }

    static SeedStateStore inFile(Path file) {
        JsonFileStore<SeedState> store = new JsonFileStore<>(file, SeedState.class, () -> null);
        return new SeedStateStore() {
            @Override
            public Optional<SeedState> load() {
                return Files.exists(file) ? Optional.ofNullable(store.load().value()) : Optional.empty();
            }

            @Override
            public void save(SeedState state) {
                try {
                    store.save(state);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not record sample-data progress in " + file, e);
                }
            }
        };
    }
}
