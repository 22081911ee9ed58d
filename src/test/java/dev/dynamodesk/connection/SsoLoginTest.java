package dev.dynamodesk.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.testing.AwsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The SSO login runs the AWS CLI with the user's files; a stand-in script plays the CLI here. */
@DisabledOnOs(OS.WINDOWS)
class SsoLoginTest {
    @TempDir
    Path folder;

    private Path script(String body) throws Exception {
        Path script = folder.resolve("aws");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void passesTheProfileAndTheFilesAndShowsWhatTheCliSays() throws Exception {
        Path cli = script("""
                echo "Attempting to automatically open the SSO authorization page in your default browser."
                echo ""
                echo "https://device.sso.us-east-1.amazonaws.com/"
                echo "Then enter the code: ABCD-EFGH"
                echo "args: $*"
                echo "config: $AWS_CONFIG_FILE"
                """);
        AwsConfigFiles files = new AwsFiles(folder.resolve("aws-files"), "[profile corp]\n", "").files();
        List<String> lines = new ArrayList<>();
        new SsoLogin(files, cli.toString()).logIn("corp", lines::add);
        assertThat(lines).contains("Then enter the code: ABCD-EFGH", "args: sso login --profile corp",
                "config: " + files.config()).doesNotContain("");
    }

    @Test
    void aFailedLoginOrAMissingCliIsSaid() throws Exception {
        AwsConfigFiles files = new AwsFiles(folder.resolve("aws-files"), "", "").files();
        Path failing = script("echo 'Error when retrieving token from sso: Token has expired'\nexit 255\n");
        assertThatThrownBy(() -> new SsoLogin(files, failing.toString()).logIn("corp", line -> { }))
                .hasMessageContaining("exit code 255");
        assertThatThrownBy(() -> new SsoLogin(files, folder.resolve("no-such-aws").toString()).logIn("corp", line -> { }))
                .hasMessageContaining("could not be started").hasMessageContaining("aws sso login --profile corp");
    }
}
