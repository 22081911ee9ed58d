package dev.dynamodesk.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.testing.AwsFiles;
import dev.dynamodesk.testing.StsStandIn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** Credentials as the AWS CLI resolves them, with an STS stand-in on a loopback port. */
class CredentialsResolverTest {
    private static final String CONFIG = """
            [profile base]
            region = eu-west-1

            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/Admin
            source_profile = base
            external_id = partner-42
            mfa_serial = arn:aws:iam::123456789012:mfa/alice
            role_session_name = alice-session
            duration_seconds = 1800

            [profile chained]
            role_arn = arn:aws:iam::123456789012:role/Second
            source_profile = admin

            [profile loop-a]
            role_arn = arn:aws:iam::1:role/A
            source_profile = loop-b

            [profile loop-b]
            role_arn = arn:aws:iam::1:role/B
            source_profile = loop-a

            [profile orphan]
            role_arn = arn:aws:iam::1:role/O

            [profile process-ok]
            credential_process = printf '{"Version": 1, "AccessKeyId": "AKIAPROCESS0000001", "SecretAccessKey": "process-secret", "SessionToken": "process-token", "Expiration": "2999-01-01T00:00:00Z"}'

            [profile process-expired]
            credential_process = sh -c 'echo "token expired, run: corp-login --refresh" >&2; exit 3'
            """;
    private static final String CREDENTIALS = """
            [base]
            aws_access_key_id = AKIABASEPROFILE0001
            aws_secret_access_key = base-secret-in-the-users-file
            """;

    @TempDir
    Path folder;
    private StsStandIn sts;
    private final List<String> prompts = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sts = new StsStandIn();
    }

    @AfterEach
    void stop() {
        sts.close();
    }

    private CredentialsResolver resolver(MfaPrompt mfa) {
        return new CredentialsResolver(new AwsFiles(folder, CONFIG, CREDENTIALS).files(),
                () -> new SessionSecretStore("test"), mfa, sts.endpoint());
    }

    private static ConnectionProfile connection(CredentialSource source) {
        return new ConnectionProfile("c1", "Test", "eu-west-1", null, source, false, null, null, false);
    }

    @Test
    void aRoleProfileWithMfaAsksForTheCodeAndSendsItWithTheExternalId() {
        MfaPrompt mfa = (serial, role) -> {
            prompts.add(serial + " " + role);
            return " 123456 ";
        };
        AwsCredentials credentials = resolver(mfa).provider(connection(new CredentialSource.NamedProfile("admin")))
                .resolveCredentials();

        assertThat(credentials).isInstanceOf(AwsSessionCredentials.class);
        assertThat(credentials.accessKeyId()).isEqualTo(StsStandIn.ROLE_KEY_ID);
        assertThat(((AwsSessionCredentials) credentials).sessionToken()).isEqualTo(StsStandIn.ROLE_TOKEN);
        assertThat(prompts).containsExactly("arn:aws:iam::123456789012:mfa/alice arn:aws:iam::123456789012:role/Admin");
        Map<String, String> request = sts.requests().get(0);
        assertThat(request).containsEntry("Action", "AssumeRole")
                .containsEntry("RoleArn", "arn:aws:iam::123456789012:role/Admin")
                .containsEntry("ExternalId", "partner-42")
                .containsEntry("SerialNumber", "arn:aws:iam::123456789012:mfa/alice")
                .containsEntry("TokenCode", "123456")
                .containsEntry("RoleSessionName", "alice-session")
                .containsEntry("DurationSeconds", "1800");
        // Signed with the source profile's key.
        assertThat(sts.authorizations().get(0)).contains("Credential=AKIABASEPROFILE0001/");
    }

    @Test
    void theCredentialsAreKeptUntilTheyExpireSoTheCodeIsAskedOnce() {
        var provider = resolver((serial, role) -> {
            prompts.add(serial);
            return "654321";
        }).provider(connection(new CredentialSource.NamedProfile("admin")));
        provider.resolveCredentials();
        provider.resolveCredentials();
        assertThat(prompts).hasSize(1);
        assertThat(sts.requests()).hasSize(1);
    }

    @Test
    void declinedMfaIsSaidInPlainWords() {
        var provider = resolver(MfaPrompt.NONE).provider(connection(new CredentialSource.NamedProfile("admin")));
        assertThatThrownBy(provider::resolveCredentials)
                .satisfies(failure -> assertThat(ConnectionProblem.of(failure, "AWS profile admin", "x").kind())
                        .isEqualTo(ConnectionProblem.Kind.MFA_DECLINED));
        assertThat(sts.requests()).isEmpty();
    }

    @Test
    void aRoleAssumedInTheAppStartsFromItsBaseProfile() {
        var source = new CredentialSource.AssumeRole("base", "arn:aws:iam::123456789012:role/Reader", "ext-7", null, null);
        AwsCredentials credentials = resolver(MfaPrompt.NONE).provider(connection(source)).resolveCredentials();
        assertThat(credentials.accessKeyId()).isEqualTo(StsStandIn.ROLE_KEY_ID);
        assertThat(sts.requests().get(0)).containsEntry("ExternalId", "ext-7").doesNotContainKey("SerialNumber");
        assertThat(sts.requests().get(0).get("RoleSessionName")).startsWith("dynamodesk-");
    }

    @Test
    void anUnreachableStsEndpointIsNamedInTheMessage() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CredentialsResolver resolver = new CredentialsResolver(new AwsFiles(folder, CONFIG, CREDENTIALS).files(),
                () -> new SessionSecretStore("test"), MfaPrompt.NONE, java.net.URI.create("http://127.0.0.1:" + closed));
        var source = new CredentialSource.AssumeRole("base", "arn:aws:iam::123456789012:role/Reader", null, null, null);
        assertThatThrownBy(() -> resolver.provider(connection(source)).resolveCredentials())
                .satisfies(failure -> {
                    ConnectionProblem problem = ConnectionProblem.of(failure, "role Reader", "http://localhost:8000");
                    assertThat(problem.kind()).isEqualTo(ConnectionProblem.Kind.CONNECTION_REFUSED);
                    assertThat(problem.message()).contains("nothing answers at http://127.0.0.1:" + closed)
                            .contains("the connection's own endpoint is http://localhost:8000");
                });
    }

    @Test
    void rolesChainThroughSourceProfiles() {
        AwsCredentials credentials = resolver((serial, role) -> "111111")
                .provider(connection(new CredentialSource.NamedProfile("chained"))).resolveCredentials();
        assertThat(credentials.accessKeyId()).isEqualTo(StsStandIn.ROLE_KEY_ID);
        assertThat(sts.requests()).extracting(r -> r.get("RoleArn"))
                .containsExactly("arn:aws:iam::123456789012:role/Admin", "arn:aws:iam::123456789012:role/Second");
        // The second role is assumed with the first role's credentials.
        assertThat(sts.authorizations().get(1)).contains("Credential=" + StsStandIn.ROLE_KEY_ID + "/");
    }

    @Test
    void brokenProfilesAreExplained() {
        CredentialsResolver resolver = resolver(MfaPrompt.NONE);
        assertThatThrownBy(() -> resolver.provider(connection(new CredentialSource.NamedProfile("loop-a"))))
                .hasMessageContaining("loop");
        assertThatThrownBy(() -> resolver.provider(connection(new CredentialSource.NamedProfile("orphan"))))
                .hasMessageContaining("neither source_profile nor a known credential_source");
        assertThatThrownBy(() -> resolver.provider(connection(new CredentialSource.NamedProfile("nobody"))))
                .hasMessageContaining("There is no profile \"nobody\"");
    }

    @Test
    void plainKeyProfilesAreReadByTheSdkFromTheFilesNamedInTheEnvironment() {
        AwsCredentials credentials = resolver(MfaPrompt.NONE).provider(connection(new CredentialSource.NamedProfile("base")))
                .resolveCredentials();
        assertThat(credentials.accessKeyId()).isEqualTo("AKIABASEPROFILE0001");
        assertThat(credentials.secretAccessKey()).isEqualTo("base-secret-in-the-users-file");
    }

    @Test
    void aCredentialProcessGivesItsKeysAndWhenItFailsItsOwnWords() {
        AwsCredentials ok = resolver(MfaPrompt.NONE).provider(connection(new CredentialSource.NamedProfile("process-ok")))
                .resolveCredentials();
        assertThat(ok.accessKeyId()).isEqualTo("AKIAPROCESS0000001");
        assertThat(((AwsSessionCredentials) ok).sessionToken()).isEqualTo("process-token");
        assertThat(ProviderNames.describe(ok.providerName().orElse(""))).contains("credential_process");

        assertThatThrownBy(() -> resolver(MfaPrompt.NONE).provider(connection(new CredentialSource.NamedProfile("process-expired")))
                .resolveCredentials())
                .hasMessage("The credential_process of profile process-expired failed (exit 3): token expired, run: corp-login --refresh")
                .satisfies(failure -> assertThat(ConnectionProblem.of(failure, "profile process-expired", "the endpoint").message())
                        .contains("token expired, run: corp-login --refresh"));
    }

    @Test
    void storedKeysComeFromTheSecretStoreAndAMissingSecretIsExplained() {
        SessionSecretStore secrets = new SessionSecretStore("test");
        CredentialsResolver resolver = new CredentialsResolver(new AwsFiles(folder, CONFIG, CREDENTIALS).files(),
                () -> secrets, MfaPrompt.NONE, sts.endpoint());
        var provider = resolver.provider(connection(new CredentialSource.StoredKeys("AKIATYPEDKEY0001")));
        assertThatThrownBy(provider::resolveCredentials)
                .satisfies(failure -> assertThat(ConnectionProblem.of(failure, "k", "x").kind())
                        .isEqualTo(ConnectionProblem.Kind.MISSING_SECRET))
                .hasMessageContaining("kept for a session only");
        secrets.write("c1", new StoredSecret("typed-secret", "typed-token"));
        AwsCredentials credentials = provider.resolveCredentials();
        assertThat(credentials.secretAccessKey()).isEqualTo("typed-secret");
        assertThat(((AwsSessionCredentials) credentials).sessionToken()).isEqualTo("typed-token");
    }

    @Test
    void anSsoProfileWithoutALoginAsksForOne() {
        String session = "never-logged-in-" + System.nanoTime(); // no token of this name can be cached
        String sso = """
                [profile corp]
                sso_session = %1$s
                sso_account_id = 111122223333
                sso_role_name = Dev
                region = eu-west-1

                [sso-session %1$s]
                sso_start_url = https://%1$s.awsapps.com/start
                sso_region = eu-west-1
                """.formatted(session);
        CredentialsResolver resolver = new CredentialsResolver(new AwsFiles(folder, sso, "").files(),
                () -> new SessionSecretStore("test"), MfaPrompt.NONE, sts.endpoint());
        var provider = resolver.provider(connection(new CredentialSource.NamedProfile("corp")));
        assertThatThrownBy(provider::resolveCredentials)
                .satisfies(failure -> assertThat(ConnectionProblem.of(failure, "AWS profile corp", "x").kind())
                        .as(String.valueOf(failure)).isEqualTo(ConnectionProblem.Kind.SSO_LOGIN_NEEDED));
    }

    @Test
    void secretsNeverShowInTextForms() {
        assertThat(new StoredSecret("s3cr3t", "t0k3n").toString()).doesNotContain("s3cr3t", "t0k3n");
        assertThat(new CredentialSource.StaticKeys("AKIA", "s3cr3t", "t0k3n").toString()).doesNotContain("s3cr3t", "t0k3n");
        assertThat(new CredentialSource.StoredKeys("AKIAEXAMPLE12345").describe()).isEqualTo("access key ****2345");
    }
}
