package dev.dynamodesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileStoreTest {
    @TempDir
    Path dir;

    private JsonFileStore<AppSettings> store(Path file) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);
        return new JsonFileStore<>(file, AppSettings.class, AppSettings::defaults, clock);
    }

    @Test
    void missingFileGivesDefaultsWithoutComplaint() {
        var loaded = store(dir.resolve("settings.json")).load();
        assertThat(loaded.value()).isEqualTo(AppSettings.defaults());
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void savesAndLoadsAtomically() throws Exception {
        Path file = dir.resolve("nested/settings.json");
        var store = store(file);
        AppSettings settings = AppSettings.defaults().withTheme(AppSettings.Theme.DARK)
                .withWindow(new AppSettings.WindowBounds(10, 20, 1200, 800, false), 0.3);
        store.save(settings);
        assertThat(store.load().value()).isEqualTo(settings);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void setsACorruptFileAsideWithATimestampAndStillStarts() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"DARK\", oops");
        var loaded = store(file).load();
        assertThat(loaded.value()).isEqualTo(AppSettings.defaults());
        assertThat(loaded.problem()).hasValueSatisfying(problem ->
                assertThat(problem).contains("settings.json could not be read").contains("settings.corrupt-20261122-101530.json"));
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("settings.corrupt-20261122-101530.json")).hasContent("{\"theme\": \"DARK\", oops");
    }

    @Test
    void toleratesUnknownFieldsFromNewerVersions() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"DARK\", \"somethingNew\": 1}");
        assertThat(store(file).load().value().theme()).isEqualTo(AppSettings.Theme.DARK);
    }
}
