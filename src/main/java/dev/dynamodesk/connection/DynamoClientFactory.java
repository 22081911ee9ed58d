package dev.dynamodesk.connection;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the SDK clients for connections. The only place DynamoDB clients are created: every one
 * has connect, attempt and call timeouts and a bounded number of attempts ({@link ClientTimeouts}).
 */
public final class DynamoClientFactory {
    private final ClientTimeouts timeouts;
    private final boolean oneShot;

    public DynamoClientFactory() {
        this(ClientTimeouts.fromSystemProperties());
    }

    public DynamoClientFactory(ClientTimeouts timeouts) {
        this(timeouts, false);
    }

    private DynamoClientFactory(ClientTimeouts timeouts, boolean oneShot) {
        this.timeouts = timeouts;
        this.oneShot = oneShot;
    }

    /**
     * The same, for a command that makes a few calls and exits (`dynamodesk scan T --limit 25`):
     * its clients use the JDK's own HTTP connection, already in the JVM's class archive, instead of
     * Apache's pooled client (some 350 classes to load before the first request). Bulk work
     * (export, import, the window) keeps the pooled one.
     */
    public DynamoClientFactory forOneShotCommands() {
        return new DynamoClientFactory(timeouts, true);
    }

    public ClientTimeouts timeouts() {
        return timeouts;
    }

    /** A client for a profile whose keys are in memory (the embedded Local). */
    public DynamoDbClient create(ConnectionProfile profile) {
        if (!(profile.credentials() instanceof CredentialSource.StaticKeys keys)) {
            throw new IllegalArgumentException("Connections with " + profile.credentials().describe()
                    + " are opened through a CredentialsResolver");
        }
        AwsCredentialsProvider provider = StaticCredentialsProvider.create(keys.sessionToken() == null
                ? AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey())
                : AwsSessionCredentials.create(keys.accessKeyId(), keys.secretAccessKey(), keys.sessionToken()));
        return create(profile.region(), profile.endpoint(), provider);
    }

    /** A client for a region, an endpoint (null for AWS's own) and credentials. */
    public DynamoDbClient create(String region, URI endpoint, AwsCredentialsProvider credentials) {
        return create(region, endpoint, credentials, 0);
    }

    /**
     * @param maxAttempts how many tries a call gets (0: the timeouts' own); Test Connection
     *                    tries twice so that a wrong host is reported in seconds, not after backoffs
     */
    public DynamoDbClient create(String region, URI endpoint, AwsCredentialsProvider credentials, int maxAttempts) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(oneShot
                        ? UrlConnectionHttpClient.builder().connectionTimeout(timeouts.connect()).socketTimeout(timeouts.attempt())
                        : httpClient(timeouts).maxConnections(32))
                .overrideConfiguration(override(timeouts, maxAttempts > 0 ? maxAttempts : timeouts.maxAttempts()));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /**
     * A DynamoDB Streams client for the same region, endpoint and credentials as {@code client}
     * (streams are served beside the tables: DynamoDB Local answers both on one endpoint).
     */
    public static software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient streamsFor(DynamoDbClient client) {
        var config = client.serviceClientConfiguration();
        var builder = software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient.builder()
                .region(config.region())
                .credentialsProvider(config.credentialsProvider())
                .httpClientBuilder(httpClient())
                .overrideConfiguration(override(ClientTimeouts.fromSystemProperties(), ClientTimeouts.fromSystemProperties().maxAttempts()));
        config.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** Timeouts and retries for any SDK client of ours (DynamoDB, STS, SSO). */
    public static ClientOverrideConfiguration override(ClientTimeouts timeouts, int maxAttempts) {
        return ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(timeouts.attempt())
                .apiCallTimeout(timeouts.call())
                // The circuit breaker would turn a burst of throttling into "retry quota exceeded".
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(maxAttempts).circuitBreakerEnabled(false).build())
                .build();
    }

    /**
     * The HTTP client every SDK client of ours uses, named explicitly: DynamoDB Local brings a
     * second implementation, and the SDK refuses to guess between two.
     */
    static Apache5HttpClient.Builder httpClient() {
        return httpClient(ClientTimeouts.fromSystemProperties());
    }

    static Apache5HttpClient.Builder httpClient(ClientTimeouts timeouts) {
        return Apache5HttpClient.builder()
                .connectionTimeout(timeouts.connect())
                .socketTimeout(timeouts.attempt());
    }
}
