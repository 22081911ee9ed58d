package dev.dynamodesk.connection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Logs in to an SSO profile the way the AWS CLI does, by running {@code aws sso login}: the CLI
 * opens the browser, shows the code, and writes the token to its own cache, where the SDK finds
 * it. The app itself never holds or writes the SSO token.
 */
public final class SsoLogin {
    private final AwsConfigFiles files;
    private final String command;

    public SsoLogin(AwsConfigFiles files) {
        this(files, "aws");
    }

    SsoLogin(AwsConfigFiles files, String command) {
        this.files = files;
        this.command = command;
    }

    /**
     * Runs the login and passes each line the CLI prints (the URL and code to confirm) to
     * {@code output}; returns when the CLI is done. Blocks: background only.
     */
    public void logIn(String profileName, Consumer<String> output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command, "sso", "login", "--profile", profileName))
                .redirectErrorStream(true);
        builder.environment().put("AWS_CONFIG_FILE", files.config().toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", files.credentials().toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            throw new IOException("The AWS CLI (" + command + ") could not be started: " + notInstalled.getMessage()
                    + ". Install AWS CLI v2, or run \"aws sso login --profile " + profileName + "\" where it is installed, then test again.",
                    notInstalled);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    output.accept(line.strip());
                }
            }
        } finally {
            if (Thread.currentThread().isInterrupted()) {
                process.destroy();
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException("aws sso login ended with exit code " + exit + ".");
        }
    }
}
