package dev.dynamodesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.connection.DynamoClientFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One database, one server: a second user of the same database attaches to the server that runs it. */
class LocalRuntimeIT {
    @TempDir
    Path home;

    @Test
    void aSecondRuntimeAttachesToTheAdvertisedServerAndAShortLivedOneIsNotAdvertised() throws Exception {
        AppDirectories dirs = AppDirectories.under(home);
        DynamoClientFactory clients = new DynamoClientFactory();
        Path runningFile = dirs.localDatabaseDir().resolve("running.properties");
        try (LocalRuntime first = LocalRuntime.start(dirs, new LocalRuntime.Settings(false, 0, 0), clients)) {
            assertThat(runningFile).exists();
            first.services().tables().listTableNames(); // answers
            try (LocalRuntime second = LocalRuntime.attach(dirs, clients).orElseThrow()) {
                assertThat(second.attached()).isTrue();
                assertThat(second.endpoint()).isEqualTo(first.endpoint());
                assertThat(second.seeder()).isNull();
                assertThat(second.services().tables().listTableNames()).isEqualTo(first.services().tables().listTableNames());
            }
            assertThat(runningFile).as("closing an attached runtime leaves the server and its file alone").exists();
        }
        assertThat(runningFile).doesNotExist();
        assertThat(LocalRuntime.attach(dirs, clients)).isEmpty();

        try (LocalRuntime forOneCommand = LocalRuntime.start(dirs, new LocalRuntime.Settings(false, 0, 0), clients, false)) {
            assertThat(runningFile).doesNotExist();
            assertThat(forOneCommand.attached()).isFalse();
        }
    }
}
