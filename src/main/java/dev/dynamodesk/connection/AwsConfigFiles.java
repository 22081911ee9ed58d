package dev.dynamodesk.connection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The user's own AWS files, found as the AWS CLI finds them: {@code AWS_CONFIG_FILE} and
 * {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code ~/.aws/config} and {@code ~/.aws/credentials}.
 * Read afresh each time, so a profile added in a terminal shows up without a restart.
 */
public record AwsConfigFiles(Path config, Path credentials, Map<String, String> environment) {

    /** The files the process's environment points at. */
    public static AwsConfigFiles fromEnvironment() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static AwsConfigFiles of(Map<String, String> environment, Path home) {
        Path config = pathOr(environment.get("AWS_CONFIG_FILE"), home.resolve(".aws").resolve("config"));
        Path credentials = pathOr(environment.get("AWS_SHARED_CREDENTIALS_FILE"), home.resolve(".aws").resolve("credentials"));
        return new AwsConfigFiles(config, credentials, Map.copyOf(environment));
    }

    private static Path pathOr(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String expanded = value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
        return Path.of(expanded);
    }

    /** Both files merged as the SDK merges them (credentials win over config for the same key). */
    public ProfileFile read() {
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        if (Files.isRegularFile(config)) {
            aggregator.addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build());
        }
        if (Files.isRegularFile(credentials)) {
            aggregator.addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build());
        }
        return aggregator.build();
    }

    /** The profile the CLI uses when none is named: {@code AWS_PROFILE}, else "default". */
    public String defaultProfileName() {
        String named = environment.get("AWS_PROFILE");
        return named == null || named.isBlank() ? "default" : named;
    }

    public Optional<Profile> profile(String name) {
        return read().profile(name);
    }
}
