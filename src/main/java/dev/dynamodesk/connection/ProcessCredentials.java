package dev.dynamodesk.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.useragent.BusinessMetricFeatureId;

/**
 * A profile's {@code credential_process}, run as the AWS CLI runs it (through the shell), with
 * what the program writes to stderr kept: when it fails, that text ("token expired, run login") is
 * what the user needs, and the SDK's own provider drops it. The JSON it prints (Version 1) is read
 * and kept until shortly before its Expiration.
 */
final class ProcessCredentials implements AwsCredentialsProvider {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Duration REFRESH_BEFORE = Duration.ofMinutes(1);
    private static final int KEPT_STDERR = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String profile;
    private final String command;
    private AwsCredentials cached;
    private Instant expires;

    ProcessCredentials(String profile, String command) {
        this.profile = profile;
        this.command = command;
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        if (cached != null && (expires == null || Instant.now().isBefore(expires.minus(REFRESH_BEFORE)))) {
            return cached;
        }
        String output = run();
        try {
            JsonNode json = JSON.readTree(output);
            String key = text(json, "AccessKeyId");
            String secret = text(json, "SecretAccessKey");
            String token = json.hasNonNull("SessionToken") ? json.get("SessionToken").asText() : null;
            expires = json.hasNonNull("Expiration") ? Instant.parse(json.get("Expiration").asText()) : null;
            // Named with the SDK's own codes (profile, credential_process), so Test Connection says where they came from.
            String source = BusinessMetricFeatureId.CREDENTIALS_PROFILE.value() + "," + BusinessMetricFeatureId.CREDENTIALS_PROFILE_PROCESS.value();
            cached = token == null
                    ? AwsBasicCredentials.builder().accessKeyId(key).secretAccessKey(secret).providerName(source).build()
                    : AwsSessionCredentials.builder().accessKeyId(key).secretAccessKey(secret).sessionToken(token).providerName(source).build();
            return cached;
        } catch (IOException | RuntimeException e) {
            throw SdkClientException.create("The credential_process of profile " + profile
                    + " printed something that is not credentials JSON (Version 1 with AccessKeyId and SecretAccessKey)", e);
        }
    }

    private static String text(JsonNode json, String field) {
        if (!json.hasNonNull(field)) {
            throw new IllegalArgumentException("no " + field);
        }
        return json.get(field).asText();
    }

    private String run() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> shell = windows ? List.of("cmd.exe", "/C", command) : List.of("sh", "-c", command);
        try {
            Process process = new ProcessBuilder(shell).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            Thread errors = drain(process.getErrorStream(), stderr);
            process.getInputStream().transferTo(stdout);
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw SdkClientException.create("The credential_process of profile " + profile + " did not finish within "
                        + TIMEOUT.toMinutes() + " minutes");
            }
            errors.join(1_000);
            if (process.exitValue() != 0) {
                String said = stderr.toString(StandardCharsets.UTF_8).strip();
                if (said.length() > KEPT_STDERR) {
                    said = "…" + said.substring(said.length() - KEPT_STDERR);
                }
                throw SdkClientException.create("The credential_process of profile " + profile + " failed (exit "
                        + process.exitValue() + ")" + (said.isEmpty() ? "" : ": " + said));
            }
            return stdout.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SdkClientException.create("The credential_process of profile " + profile + " could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("Interrupted while waiting for the credential_process of profile " + profile);
        }
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream into) {
        Thread thread = new Thread(() -> {
            try {
                in.transferTo(into);
            } catch (IOException ignored) {
                // the process is gone; what was read is kept
            }
        }, "credential-process-stderr");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
