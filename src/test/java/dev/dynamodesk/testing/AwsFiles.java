package dev.dynamodesk.testing;

import dev.dynamodesk.connection.AwsConfigFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Fixture ~/.aws files in a temporary folder, found through AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE. */
public final class AwsFiles {
    private final Path config;
    private final Path credentials;
    private final Map<String, String> environment = new HashMap<>();

    public AwsFiles(Path folder, String configText, String credentialsText) {
        try {
            Files.createDirectories(folder);
            config = Files.writeString(folder.resolve("config"), configText);
            credentials = Files.writeString(folder.resolve("credentials"), credentialsText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.put("AWS_CONFIG_FILE", config.toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
    }

    public AwsFiles with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    public AwsConfigFiles files() {
        return AwsConfigFiles.of(environment, Path.of("/nonexistent-home"));
    }
}
