package dev.dynamodesk.connection;

import java.util.Objects;

/** Where a connection's AWS credentials come from. Secrets never appear in {@code toString()}. */
public sealed interface CredentialSource {

    /** In words, for the profile list and Test Connection. */
    String describe();

    /** The SDK's default chain: environment, system properties, ~/.aws, SSO, container, instance. */
    record DefaultChain() implements CredentialSource {
        @Override
        public String describe() {
            return "AWS default chain";
        }
    }

    /**
     * A named profile from ~/.aws/config and ~/.aws/credentials: keys, SSO, credential_process
     * or role_arn with source_profile (MFA prompted by the app).
     */
    record NamedProfile(String profileName) implements CredentialSource {
        public NamedProfile {
            Objects.requireNonNull(profileName, "profileName");
        }

        @Override
        public String describe() {
            return "AWS profile " + profileName;
        }
    }

    /**
     * Keys the user typed into the app: the id is kept with the connection, the secret and
     * session token only in the OS keychain (or, without one, in memory for the session).
     */
    record StoredKeys(String accessKeyId) implements CredentialSource {
        public StoredKeys {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
        }

        @Override
        public String describe() {
            return "access key " + KeyIds.masked(accessKeyId);
        }
    }

    /**
     * A role assumed by the app with STS, starting from a profile's credentials (or the default
     * chain when {@code baseProfile} is null), with an optional external ID and MFA device.
     */
    record AssumeRole(String baseProfile, String roleArn, String externalId, String mfaSerial, String sessionName)
            implements CredentialSource {
        public AssumeRole {
            Objects.requireNonNull(roleArn, "roleArn");
        }

        @Override
        public String describe() {
            return "role " + roleArn + " from " + (baseProfile == null ? "the default chain" : "profile " + baseProfile)
                    + (mfaSerial == null ? "" : " with MFA");
        }
    }

    /** Keys held in memory only (the embedded DynamoDB Local, or keys read from the keychain). */
    record StaticKeys(String accessKeyId, String secretAccessKey, String sessionToken) implements CredentialSource {
        public StaticKeys {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
            Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        }

        @Override
        public String describe() {
            return "access key " + KeyIds.masked(accessKeyId);
        }

        @Override
        public String toString() {
            return "StaticKeys[accessKeyId=" + accessKeyId + ", secretAccessKey=****"
                    + (sessionToken == null ? "" : ", sessionToken=****") + "]";
        }
    }
}
