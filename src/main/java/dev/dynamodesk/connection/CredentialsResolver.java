package dev.dynamodesk.connection;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * Turns a connection's credential source into an SDK credentials provider, the way the AWS CLI
 * would: the user's AWS files as found by {@link AwsConfigFiles}, secrets from the
 * {@link SecretStore}, and roles assumed by the app itself so that {@code mfa_serial} prompts for
 * a code (the SDK does not) and external IDs are passed.
 */
public final class CredentialsResolver {
    /** A role chain longer than this is a loop in the user's files. */
    private static final int MAX_CHAIN = 5;

    static {
        // The SDK builds its own SSO, SSO-OIDC and STS clients inside profile credential providers.
        // DynamoDB Local brings a second HTTP implementation, and the SDK refuses to choose
        // between two by itself: name ours, unless the user has chosen.
        if (System.getProperty("software.amazon.awssdk.http.service.impl") == null) {
            System.setProperty("software.amazon.awssdk.http.service.impl", "software.amazon.awssdk.http.apache5.Apache5SdkHttpService");
        }
    }

    private final AwsConfigFiles files;
    private final Supplier<SecretStore> secrets;
    private final MfaPrompt mfa;
    private final URI stsEndpoint;

    /**
     * @param stsEndpoint STS's endpoint, or null to resolve it as the AWS rules say
     *                    ({@code AWS_ENDPOINT_URL_STS}, the profile's services section…)
     */
    public CredentialsResolver(AwsConfigFiles files, Supplier<SecretStore> secrets, MfaPrompt mfa, URI stsEndpoint) {
        this.files = files;
        this.secrets = secrets;
        this.mfa = mfa;
        this.stsEndpoint = stsEndpoint;
    }

    public AwsConfigFiles files() {
        return files;
    }

    /** The provider for a connection; resolving it (and any prompt) happens on first use. */
    public AwsCredentialsProvider provider(ConnectionProfile connection) {
        return provider(connection.id(), connection.credentials(), connection.region(), 0);
    }

    private AwsCredentialsProvider provider(String connectionId, CredentialSource source, String region, int depth) {
        if (source instanceof CredentialSource.StaticKeys keys) {
            return staticProvider(keys.accessKeyId(), keys.secretAccessKey(), keys.sessionToken());
        }
        if (source instanceof CredentialSource.StoredKeys stored) {
            return () -> {
                StoredSecret secret = secrets.get().read(connectionId).orElseThrow(() -> new MissingSecretException(
                        "The secret access key of this connection is not stored here ("
                                + (secrets.get().persistent() ? "not found in the keychain" : "kept for a session only, and this is a new session")
                                + "). Edit the connection and enter it again."));
                return staticProvider(stored.accessKeyId(), secret.secretAccessKey(), secret.sessionToken()).resolveCredentials();
            };
        }
        if (source instanceof CredentialSource.AssumeRole role) {
            CredentialSource base = role.baseProfile() == null ? new CredentialSource.DefaultChain()
                    : new CredentialSource.NamedProfile(role.baseProfile());
            return assumeRole(provider(connectionId, base, region, depth + 1), region,
                    role.baseProfile() == null ? files.defaultProfileName() : role.baseProfile(), role.roleArn(),
                    role.externalId(), role.mfaSerial(), role.sessionName(), null);
        }
        if (source instanceof CredentialSource.NamedProfile named) {
            return fromProfile(connectionId, named.profileName(), region, depth);
        }
        return DefaultCredentialsProvider.builder()
                .profileFile(files::read)
                .profileName(files.defaultProfileName())
                .build();
    }

    private AwsCredentialsProvider fromProfile(String connectionId, String name, String region, int depth) {
        if (depth > MAX_CHAIN) {
            throw new IllegalArgumentException("The profiles' source_profile settings go round in a loop (at profile " + name + ").");
        }
        ProfileFile file = files.read();
        Profile profile = file.profile(name).orElseThrow(() -> new IllegalArgumentException(
                "There is no profile \"" + name + "\" in " + files.config() + " or " + files.credentials() + "."));
        Map<String, String> p = profile.properties();
        boolean ownRole = p.containsKey("role_arn") && !p.containsKey("web_identity_token_file")
                && !p.containsKey("sso_session") && !p.containsKey("sso_start_url");
        if (!ownRole && p.containsKey("credential_process") && !p.containsKey("aws_access_key_id")) {
            // Run by us, so that the program's own message on failure reaches the user.
            return new ProcessCredentials(name, p.get("credential_process"));
        }
        if (!ownRole) {
            // Keys, SSO, web identity: the SDK reads them as the CLI does.
            return ProfileCredentialsProvider.builder().profileFile(files::read).profileName(name).build();
        }
        String roleRegion = Optional.ofNullable(p.get("region")).filter(r -> !r.isBlank()).orElse(region);
        AwsCredentialsProvider base;
        if (p.containsKey("source_profile")) {
            String sourceName = p.get("source_profile");
            base = sourceName.equals(name) ? ProfileCredentialsProvider.builder().profileFile(files::read).profileName(name).build()
                    : fromProfile(connectionId, sourceName, roleRegion, depth + 1);
        } else {
            base = credentialSource(p.getOrDefault("credential_source", ""), name);
        }
        Integer duration = Optional.ofNullable(p.get("duration_seconds")).map(String::strip).map(Integer::valueOf).orElse(null);
        return assumeRole(base, roleRegion, name, p.get("role_arn"), p.get("external_id"), p.get("mfa_serial"),
                p.get("role_session_name"), duration);
    }

    private static AwsCredentialsProvider credentialSource(String source, String profileName) {
        return switch (source.strip()) {
            case "Environment" -> EnvironmentVariableCredentialsProvider.create();
            case "Ec2InstanceMetadata" -> InstanceProfileCredentialsProvider.create();
            case "EcsContainer" -> ContainerCredentialsProvider.create();
            default -> throw new IllegalArgumentException("Profile " + profileName
                    + " has role_arn but neither source_profile nor a known credential_source"
                    + " (Environment, Ec2InstanceMetadata or EcsContainer).");
        };
    }

    private AwsCredentialsProvider assumeRole(AwsCredentialsProvider base, String region, String profileName, String roleArn,
                                              String externalId, String mfaSerial, String sessionName, Integer durationSeconds) {
        var sts = StsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(base)
                .httpClientBuilder(DynamoClientFactory.httpClient())
                .overrideConfiguration(DynamoClientFactory.override(ClientTimeouts.fromSystemProperties(), 2));
        URI endpoint = stsEndpoint(profileName);
        if (endpoint != null) {
            sts.endpointOverride(endpoint);
        }
        StsClient client = sts.build();
        String session = sessionName == null || sessionName.isBlank() ? "dynamodesk-" + Instant.now().getEpochSecond() : sessionName;
        Supplier<AssumeRoleRequest> request = () -> {
            AssumeRoleRequest.Builder builder = AssumeRoleRequest.builder().roleArn(roleArn).roleSessionName(session);
            if (externalId != null && !externalId.isBlank()) {
                builder.externalId(externalId);
            }
            if (durationSeconds != null) {
                builder.durationSeconds(durationSeconds);
            }
            if (mfaSerial != null && !mfaSerial.isBlank()) {
                // Asked at each refresh: a code is good for one AssumeRole.
                builder.serialNumber(mfaSerial).tokenCode(mfa.code(mfaSerial, roleArn).strip());
            }
            return builder.build();
        };
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(client)
                .refreshRequest(request)
                .asyncCredentialUpdateEnabled(false)
                .build();
    }

    /** STS's endpoint for a profile: the one given, else as configured, else null (AWS's own). */
    public URI stsEndpoint(String profileName) {
        if (stsEndpoint != null) {
            return stsEndpoint;
        }
        return EndpointResolver.resolve("sts", null, files.environment(), files.read(), profileName).endpoint();
    }

    private static AwsCredentialsProvider staticProvider(String id, String secret, String token) {
        return StaticCredentialsProvider.create(token == null
                ? AwsBasicCredentials.create(id, secret)
                : AwsSessionCredentials.create(id, secret, token));
    }

    /** The secret of a connection with stored keys cannot be found. */
    public static final class MissingSecretException extends RuntimeException {
        MissingSecretException(String message) {
            super(message);
        }
    }
}
