package dev.dynamodesk.connection;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 clients for reading DynamoDB's exports, by the same rules as the DynamoDB connections: the
 * credentials of an AWS profile from the user's files (or the default chain), and the endpoint an
 * explicit one, else {@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL}, the profile's
 * {@code services} section for s3 or its {@code endpoint_url}; otherwise AWS's. A bucket in another
 * region is followed there.
 */
public final class S3Clients {
    private S3Clients() {
    }

    /**
     * @param profileName the AWS profile (null: the default one, then the default chain)
     * @param explicitEndpoint an endpoint the user named, or null
     * @param region the region to start from, or null for the profile's (else us-east-1)
     */
    public static S3Client create(AwsConfigFiles files, String profileName, URI explicitEndpoint, String region) {
        String profile = profileName != null ? profileName : files.defaultProfileName();
        AwsCredentialsProvider credentials = AwsCredentialsProviderChain.of(
                ProfileCredentialsProvider.builder().profileFile(files.read()).profileName(profile).build(),
                DefaultCredentialsProvider.builder().build());
        String startRegion = region != null ? region : files.read().profile(profile).flatMap(p -> p.property("region"))
                .orElse("us-east-1");
        EndpointResolver.Resolved endpoint = EndpointResolver.resolve("s3", explicitEndpoint, files.environment(), files.read(), profile);
        return create(credentials, startRegion, endpoint.endpoint());
    }

    /**
     * The S3 of a connection made in the window, with its credentials and region: the endpoint
     * the AWS files give for s3 under the connection's profile; where they give none and the
     * connection itself goes to an endpoint of its own (LocalStack, moto), that one, which serves
     * S3 too; otherwise AWS's.
     */
    public static S3Client forConnection(AwsConfigFiles files, ConnectionOpener.Opened opened) {
        String profile = ConnectionOpener.profileName(opened.profile(), files);
        EndpointResolver.Resolved configured = EndpointResolver.resolve("s3", null, files.environment(), files.read(), profile);
        URI endpoint = configured.endpoint() != null ? configured.endpoint() : opened.endpoint().endpoint();
        return create(opened.provider(), opened.profile().region(), endpoint);
    }

    private static S3Client create(AwsCredentialsProvider credentials, String region, URI endpoint) {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .crossRegionAccessEnabled(true)
                .httpClientBuilder(DynamoClientFactory.httpClient())
                .overrideConfiguration(DynamoClientFactory.override(ClientTimeouts.fromSystemProperties(),
                        ClientTimeouts.fromSystemProperties().maxAttempts()));
        if (endpoint != null) {
            // An S3 of one's own (MinIO, LocalStack, moto) answers at one host: buckets go in the path.
            builder.endpointOverride(endpoint).forcePathStyle(true);
        }
        return builder.build();
    }
}
