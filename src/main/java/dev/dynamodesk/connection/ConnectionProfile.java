package dev.dynamodesk.connection;

import java.net.URI;
import java.util.Objects;

/**
 * A saved way to reach DynamoDB: where (region, endpoint), as whom (credentials) and with what
 * care (read-only, environment, colour). The embedded DynamoDB Local has no fixed endpoint: it
 * gets one each time it starts.
 */
public record ConnectionProfile(
        String id,
        String name,
        String region,
        URI endpoint,
        CredentialSource credentials,
        boolean readOnly,
        Environment environment,
        String colour,
        boolean embeddedLocal) {

    public static final String EMBEDDED_LOCAL_ID = "local-embedded";

    public enum Environment {
        DEVELOPMENT("Development"), TEST("Test"), PRODUCTION("Production");

        private final String label;

        Environment(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ConnectionProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        environment = environment == null ? Environment.DEVELOPMENT : environment;
    }

    /**
     * The built-in connection to the embedded DynamoDB Local. Local accepts any credentials; these
     * fixed ones are not secrets. Its database is shared by every key and region.
     */
    public static ConnectionProfile builtInLocal() {
        return new ConnectionProfile(EMBEDDED_LOCAL_ID, "Local (embedded)", "us-east-1", null,
                new CredentialSource.StaticKeys("dynamodesk", "local", null), false,
                Environment.DEVELOPMENT, null, true);
    }

    public boolean production() {
        return environment == Environment.PRODUCTION;
    }

    public ConnectionProfile withEndpoint(URI newEndpoint) {
        return new ConnectionProfile(id, name, region, newEndpoint, credentials, readOnly, environment, colour, embeddedLocal);
    }

    /** Text for the status bar: the endpoint really used, or the AWS regional one. */
    public String endpointLabel() {
        return endpoint != null ? endpoint.toString() : EndpointResolver.awsEndpoint(region);
    }
}
