package dev.dynamodesk.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.testing.AwsFiles;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.StsStandIn;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Test Connection against DynamoDB Local, a closed port, an unknown host and missing credentials. */
class ConnectionTesterIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @TempDir
    Path folder;
    private StsStandIn sts;
    private SessionSecretStore secrets;
    private ConnectionTester tester;

    @BeforeEach
    void setUp() throws Exception {
        sts = new StsStandIn();
        secrets = new SessionSecretStore("test");
        AwsFiles aws = new AwsFiles(folder, """
                [profile local]
                region = eu-west-1
                endpoint_url = %s
                """.formatted(LOCAL.endpoint()), """
                [local]
                aws_access_key_id = AKIALOCALPROFILE01
                aws_secret_access_key = local-profile-secret
                """);
        CredentialsResolver resolver = new CredentialsResolver(aws.files(), () -> secrets, MfaPrompt.NONE, sts.endpoint());
        tester = new ConnectionTester(new ConnectionOpener(resolver, new DynamoClientFactory()), sts.endpoint());
    }

    @AfterEach
    void tearDown() {
        sts.close();
    }

    private static ConnectionProfile connection(URI endpoint, CredentialSource source) {
        return new ConnectionProfile("t1", "Tested", "eu-west-1", endpoint, source, false, null, null, false);
    }

    @Test
    void aProfileWhoseEndpointIsInTheAwsFilesReachesLocal() {
        LOCAL.createTable("Visible", "pk", null);
        ConnectionTester.Report report = tester.test(connection(null, new CredentialSource.NamedProfile("local")));
        assertThat(report.problem()).isNull();
        assertThat(report.facts()).anySatisfy(f -> assertThat(f).contains(LOCAL.endpoint().toString(), "endpoint_url of profile local"))
                .anySatisfy(f -> assertThat(f).startsWith("Credentials: AWS profile local (answered by ~/.aws profile"))
                .anySatisfy(f -> assertThat(f).startsWith("Tables: ").doesNotContain("Tables: 0"))
                .anySatisfy(f -> assertThat(f).startsWith("Account: not AWS"));
    }

    @Test
    void storedKeysWork() {
        secrets.write("t1", new StoredSecret("typed-secret", null));
        ConnectionTester.Report report = tester.test(connection(LOCAL.endpoint(), new CredentialSource.StoredKeys("AKIATYPED0001")));
        assertThat(report.ok()).isTrue();
        assertThat(report.facts()).anySatisfy(f -> assertThat(f).contains("access key ****0001"));
    }

    @Test
    void aClosedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        secrets.write("t1", new StoredSecret("s", null));
        ConnectionTester.Report report = tester.test(connection(URI.create("http://127.0.0.1:" + port),
                new CredentialSource.StoredKeys("AKIA0001")));
        assertThat(report.problem().kind()).isEqualTo(ConnectionProblem.Kind.CONNECTION_REFUSED);
        assertThat(report.problem().message()).contains("127.0.0.1:" + port, "running");
    }

    @Test
    void anUnknownHostIsSaidSo() {
        secrets.write("t1", new StoredSecret("s", null));
        ConnectionTester.Report report = tester.test(connection(URI.create("http://no-such-host.invalid:8000"),
                new CredentialSource.StoredKeys("AKIA0001")));
        assertThat(report.problem().kind()).isEqualTo(ConnectionProblem.Kind.UNKNOWN_HOST);
        assertThat(report.problem().message()).contains("no-such-host.invalid");
    }

    @Test
    void aMissingSecretIsSaidBeforeAnyCall() {
        ConnectionTester.Report report = tester.test(connection(LOCAL.endpoint(), new CredentialSource.StoredKeys("AKIA0001")));
        assertThat(report.problem().kind()).isEqualTo(ConnectionProblem.Kind.MISSING_SECRET);
    }

    @Test
    void aProfileWithNoCredentialsIsSaidSo() {
        ConnectionTester.Report report = tester.test(connection(LOCAL.endpoint(), new CredentialSource.NamedProfile("nobody")));
        assertThat(report.problem().kind()).isEqualTo(ConnectionProblem.Kind.CONFIGURATION);
        assertThat(report.problem().message()).contains("There is no profile \"nobody\"");
    }

    @Test
    void refusedCredentialsAndDeniedAccessAreTold() {
        var refused = software.amazon.awssdk.services.dynamodb.model.DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                        .errorCode("UnrecognizedClientException").errorMessage("The security token included in the request is invalid.").build())
                .build();
        assertThat(ConnectionProblem.of(refused, "access key ****0001", "e").kind()).isEqualTo(ConnectionProblem.Kind.CREDENTIALS_REFUSED);
        var denied = software.amazon.awssdk.services.dynamodb.model.DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                        .errorCode("AccessDeniedException").errorMessage("User: arn:x is not authorized to perform: dynamodb:ListTables").build())
                .build();
        ConnectionProblem problem = ConnectionProblem.of(denied, "AWS profile dev", "e");
        assertThat(problem.kind()).isEqualTo(ConnectionProblem.Kind.ACCESS_DENIED);
        assertThat(problem.message()).contains("Access denied", "dynamodb:ListTables");
        var expiredSso = software.amazon.awssdk.core.exception.SdkClientException.create(
                "The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.");
        assertThat(ConnectionProblem.of(expiredSso, "AWS profile corp", "e").kind()).isEqualTo(ConnectionProblem.Kind.SSO_LOGIN_NEEDED);
        var none = software.amazon.awssdk.core.exception.SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        assertThat(ConnectionProblem.of(none, "AWS default chain", "e").kind()).isEqualTo(ConnectionProblem.Kind.NO_CREDENTIALS);
    }
}
