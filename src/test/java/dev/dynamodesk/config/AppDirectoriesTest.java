package dev.dynamodesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void followsXdgOnLinux() {
        var dirs = AppDirectories.resolve(null, "Linux", home, Map.of());
        assertThat(dirs.configDir()).isEqualTo(Path.of("/home/ada/.config/dynamodesk"));
        assertThat(dirs.dataDir()).isEqualTo(Path.of("/home/ada/.local/share/dynamodesk"));
        assertThat(dirs.logDir()).isEqualTo(Path.of("/home/ada/.local/state/dynamodesk/logs"));

        var custom = AppDirectories.resolve(null, "Linux", home,
                Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "relative/ignored"));
        assertThat(custom.configDir()).isEqualTo(Path.of("/cfg/dynamodesk"));
        assertThat(custom.dataDir()).isEqualTo(Path.of("/home/ada/.local/share/dynamodesk"));
    }

    @Test
    void usesApplicationSupportOnMacAndAppDataOnWindows() {
        var mac = AppDirectories.resolve(null, "Mac OS X", home, Map.of());
        assertThat(mac.configDir()).isEqualTo(Path.of("/home/ada/Library/Application Support/Dynamo Desk"));
        var windows = AppDirectories.resolve(null, "Windows 11", home, Map.of("APPDATA", "/roaming", "LOCALAPPDATA", "/local"));
        assertThat(windows.configDir()).isEqualTo(Path.of("/roaming/Dynamo Desk"));
        assertThat(windows.dataDir()).isEqualTo(Path.of("/local/Dynamo Desk"));
    }

    @Test
    void aHomeOverridePutsEverythingUnderOneFolder() {
        var dirs = AppDirectories.resolve("/tmp/dd", "Linux", home, Map.of());
        assertThat(dirs.configDir()).isEqualTo(Path.of("/tmp/dd/config"));
        assertThat(dirs.localDatabaseDir()).isEqualTo(Path.of("/tmp/dd/data/local-db"));
        assertThat(dirs.settingsFile()).isEqualTo(Path.of("/tmp/dd/config/settings.json"));
    }
}
