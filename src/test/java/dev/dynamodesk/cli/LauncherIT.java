package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run as a user runs it ({@code java -jar target/app/dynamodesk.jar ...}): exit
 * codes from the process itself, data alone on stdout, one line on stderr, no log lines anywhere.
 */
class LauncherIT {
    @TempDir
    Path home;

    record Outcome(int code, String out, String err) {
    }

    private Outcome launch(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "app", "dynamodesk.jar");
        assertThat(jar).as("mvn package lays out the app before the integration tests").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddynamodesk.home=" + home, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        builder.environment().put("AWS_CONFIG_FILE", home.resolve("no-config").toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-credentials").toString());
        builder.environment().put("AWS_ACCESS_KEY_ID", "launcher");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "launcher");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void exitCodesAndStreamsAreWhatScriptsExpect() throws Exception {
        Outcome help = launch("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: dynamodesk");
        assertThat(help.err()).isEmpty();

        Outcome usage = launch("tables", "--segments", "3");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.out()).isEmpty();
        assertThat(usage.err()).isEqualTo("dynamodesk tables: Unknown options: '--segments', '3' (see 'dynamodesk tables --help')"
                + System.lineSeparator());

        Outcome refused = launch("tables", "--endpoint", "http://127.0.0.1:9", "--region", "us-east-1");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(refused.err()).startsWith("dynamodesk tables: Connection refused");

        Outcome local = launch("--profile", "local", "tables");
        assertThat(local.code()).as(local.err()).isZero();
        assertThat(local.err()).isEmpty();
    }
}
