package dev.dynamodesk.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files: configuration (profiles, settings, history), data (the embedded
 * DynamoDB Local database, native libraries) and logs. Follows each platform's convention; the
 * system property {@code dynamodesk.home} puts everything under one folder (tests, portable use).
 */
public record AppDirectories(Path configDir, Path dataDir, Path logDir) {
    public static final String HOME_PROPERTY = "dynamodesk.home";
    private static final String APP_FOLDER = "dynamodesk";
    private static final String APP_FOLDER_TITLE = "Dynamo Desk";

    /** Everything under one folder: {@code home/config}, {@code home/data}, {@code home/logs}. */
    public static AppDirectories under(Path home) {
        return new AppDirectories(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
    }

    public static AppDirectories forCurrentUser() {
        return resolve(System.getProperty(HOME_PROPERTY), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")), System.getenv());
    }

    static AppDirectories resolve(String homeOverride, String osName, Path userHome, Map<String, String> env) {
        if (homeOverride != null && !homeOverride.isBlank()) {
            return under(Path.of(homeOverride));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = pathOr(env.get("APPDATA"), userHome.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(env.get("LOCALAPPDATA"), userHome.resolve("AppData").resolve("Local"));
            Path data = local.resolve(APP_FOLDER_TITLE);
            return new AppDirectories(roaming.resolve(APP_FOLDER_TITLE), data, data.resolve("logs"));
        }
        if (os.contains("mac") || os.contains("darwin")) {
            Path support = userHome.resolve("Library").resolve("Application Support").resolve(APP_FOLDER_TITLE);
            return new AppDirectories(support, support.resolve("data"),
                    userHome.resolve("Library").resolve("Logs").resolve(APP_FOLDER_TITLE));
        }
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), userHome.resolve(".config")).resolve(APP_FOLDER);
        Path data = pathOr(env.get("XDG_DATA_HOME"), userHome.resolve(".local").resolve("share")).resolve(APP_FOLDER);
        Path state = pathOr(env.get("XDG_STATE_HOME"), userHome.resolve(".local").resolve("state")).resolve(APP_FOLDER);
        return new AppDirectories(config, data, state.resolve("logs"));
    }

    private static Path pathOr(String value, Path fallback) {
        // XDG says relative paths are invalid and must be ignored.
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }

    /** The folder for the embedded DynamoDB Local database. */
    public Path localDatabaseDir() {
        return dataDir.resolve("local-db");
    }

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }
}
