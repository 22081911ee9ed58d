package dev.dynamodesk.connection;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Opens saved connections: resolves the endpoint by the AWS rules, builds the credentials
 * provider and the client. Nothing here calls AWS yet; credentials are resolved on first use.
 */
public final class ConnectionOpener {
    private final CredentialsResolver credentials;
    private final DynamoClientFactory clients;

    public ConnectionOpener(CredentialsResolver credentials, DynamoClientFactory clients) {
        this.credentials = credentials;
        this.clients = clients;
    }

    public CredentialsResolver credentials() {
        return credentials;
    }

    /** A client for the connection, and the profile as used (its endpoint the one resolved). */
    public record Opened(ConnectionProfile profile, EndpointResolver.Resolved endpoint, AwsCredentialsProvider provider,
                         DynamoDbClient client) {
    }

    public EndpointResolver.Resolved endpoint(ConnectionProfile profile) {
        AwsConfigFiles files = credentials.files();
        return EndpointResolver.resolve(profile.endpoint(), files.environment(), files.read(), profileName(profile, files));
    }

    public Opened open(ConnectionProfile profile) {
        EndpointResolver.Resolved endpoint = endpoint(profile);
        AwsCredentialsProvider provider = credentials.provider(profile);
        URI uri = endpoint.endpoint();
        DynamoDbClient client = clients.create(profile.region(), uri, provider);
        return new Opened(profile.withEndpoint(uri), endpoint, provider, client);
    }

    /** The profile whose settings (endpoint_url, services) apply to a connection. */
    static String profileName(ConnectionProfile profile, AwsConfigFiles files) {
        if (profile.credentials() instanceof CredentialSource.NamedProfile named) {
            return named.profileName();
        }
        if (profile.credentials() instanceof CredentialSource.AssumeRole role && role.baseProfile() != null) {
            return role.baseProfile();
        }
        return files.defaultProfileName();
    }
}
