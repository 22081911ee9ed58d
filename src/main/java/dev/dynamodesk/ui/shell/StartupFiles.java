package dev.dynamodesk.ui.shell;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.connection.ProfileStore;
import java.util.concurrent.CompletableFuture;

/**
 * The files the window needs before it shows: settings (its size and place), the query and console
 * libraries and the saved connections. Reading them means loading Jackson, some 550 classes, so
 * {@link #readInBackground} starts that on a thread of its own while JavaFX starts its toolkit.
 */
record StartupFiles(SettingsKeeper settings, QueryLibraryFile queries, ConsoleLibraryFile consoles,
                    ProfileStore profiles, ProfileStore.Loaded savedConnections) {

    static StartupFiles read(AppDirectories directories) {
        ProfileStore profiles = new ProfileStore(directories.configDir().resolve("profiles.json"));
        return new StartupFiles(
                SettingsKeeper.load(directories.settingsFile()),
                QueryLibraryFile.load(directories.configDir().resolve("queries.json")),
                ConsoleLibraryFile.load(directories.configDir().resolve("console.json")),
                profiles,
                profiles.load());
    }

    static CompletableFuture<StartupFiles> readInBackground(AppDirectories directories) {
        CompletableFuture<StartupFiles> files = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                files.complete(read(directories));
            } catch (RuntimeException | Error e) {
                files.completeExceptionally(e);
            }
        }, "startup-files");
        reader.setDaemon(true);
        reader.start();
        return files;
    }
}
