package dev.dynamodesk.connection;

import java.util.Objects;

/** Where a connection's AWS credentials come from. Secrets never appear in {@code toString()}. */
public sealed interface CredentialSource {

    /** The SDK's default chain: environment, system properties, ~/.aws, SSO, container, instance. */
    record DefaultChain() implements CredentialSource {
    }

    /** A named profile from ~/.aws/config and ~/.aws/credentials. */
    record NamedProfile(String profileName) implements CredentialSource {
        public NamedProfile {
            Objects.requireNonNull(profileName, "profileName");
        }
    }

    /** Keys held in memory only (the embedded DynamoDB Local, or keys read from the keychain). */
    record StaticKeys(String accessKeyId, String secretAccessKey, String sessionToken) implements CredentialSource {
        public StaticKeys {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
            Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        }

        @Override
        public String toString() {
            return "StaticKeys[accessKeyId=" + accessKeyId + ", secretAccessKey=****"
                    + (sessionToken == null ? "" : ", sessionToken=****") + "]";
        }
    }
}
