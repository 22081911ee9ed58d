package dev.dynamodesk.connection;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds the SDK client for a connection profile. The only place clients are created. */
public final class DynamoClientFactory {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);

    public DynamoDbClient create(ConnectionProfile profile) {
        var builder = DynamoDbClient.builder()
                .region(Region.of(profile.region()))
                .credentialsProvider(credentialsProvider(profile.credentials()))
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT)
                        .maxConnections(32));
        if (profile.endpoint() != null) {
            builder.endpointOverride(profile.endpoint());
        }
        return builder.build();
    }

    static AwsCredentialsProvider credentialsProvider(CredentialSource source) {
        if (source instanceof CredentialSource.StaticKeys keys) {
            return StaticCredentialsProvider.create(keys.sessionToken() == null
                    ? AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey())
                    : AwsSessionCredentials.create(keys.accessKeyId(), keys.secretAccessKey(), keys.sessionToken()));
        }
        if (source instanceof CredentialSource.NamedProfile named) {
            return ProfileCredentialsProvider.builder().profileName(named.profileName()).build();
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
