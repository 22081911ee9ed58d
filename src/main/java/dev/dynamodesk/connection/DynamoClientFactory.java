package dev.dynamodesk.connection;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds the SDK clients for connections. The only place DynamoDB clients are created. */
public final class DynamoClientFactory {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

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
     * @param maxAttempts how many tries a call gets (0: the SDK's default); Test Connection
     *                    tries twice so that a wrong host is reported in seconds, not after backoffs
     */
    public DynamoDbClient create(String region, URI endpoint, AwsCredentialsProvider credentials, int maxAttempts) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(httpClient().maxConnections(32));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (maxAttempts > 0) {
            builder.overrideConfiguration(o -> o.retryStrategy(retry -> retry.maxAttempts(maxAttempts)));
        }
        return builder.build();
    }

    /**
     * The HTTP client every SDK client of ours uses, named explicitly: DynamoDB Local brings a
     * second implementation, and the SDK refuses to guess between two.
     */
    static Apache5HttpClient.Builder httpClient() {
        return Apache5HttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT);
    }

}
