package dev.dynamodesk.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.testing.AwsFiles;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EndpointResolverTest {
    private static final String CONFIG = """
            [profile dev]
            region = eu-west-1
            endpoint_url = http://profile-endpoint:1
            services = dev-services

            [services dev-services]
            dynamodb =
              endpoint_url = http://services-endpoint:2
            s3 =
              endpoint_url = http://s3-only:9

            [profile plain]
            region = eu-west-1
            endpoint_url = http://plain-profile:3

            [profile ignoring]
            endpoint_url = http://ignored:4
            ignore_configured_endpoint_urls = true

            [profile bare]
            region = us-east-2
            """;

    @TempDir
    Path folder;

    /**
     * The precedence table: the connection's own endpoint, then (unless ignored)
     * AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL, the services section, the profile's endpoint_url.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            explicit wins over everything     | http://explicit:9 | http://env-dynamo:5 | http://env-all:6 | -    | dev      | http://explicit:9         | set in this connection
            service variable before general   | -                 | http://env-dynamo:5 | http://env-all:6 | -    | dev      | http://env-dynamo:5       | AWS_ENDPOINT_URL_DYNAMODB
            general variable before the files | -                 | -                   | http://env-all:6 | -    | dev      | http://env-all:6          | AWS_ENDPOINT_URL
            services section before profile   | -                 | -                   | -                | -    | dev      | http://services-endpoint:2 | dynamodb endpoint_url of services section dev-services
            profile endpoint_url              | -                 | -                   | -                | -    | plain    | http://plain-profile:3    | endpoint_url of profile plain
            nothing configured: AWS           | -                 | -                   | -                | -    | bare     | -                         | AWS's regional endpoint
            variable ignores configured ones  | -                 | http://env-dynamo:5 | http://env-all:6 | true | dev      | -                         | AWS's regional endpoint
            variable false keeps them         | -                 | -                   | -                | false| ignoring | http://ignored:4          | endpoint_url of profile ignoring
            profile setting ignores them      | -                 | http://env-dynamo:5 | -                | -    | ignoring | -                         | AWS's regional endpoint
            ignoring never drops the explicit | http://explicit:9 | -                   | -                | true | dev      | http://explicit:9         | set in this connection
            unknown profile: variables apply  | -                 | -                   | http://env-all:6 | -    | missing  | http://env-all:6          | AWS_ENDPOINT_URL
            """)
    void followsTheAwsOrder(String name, String explicit, String serviceVariable, String generalVariable, String ignore,
                            String profile, String expected, String source) {
        AwsFiles aws = new AwsFiles(folder, CONFIG, "");
        if (serviceVariable != null) {
            aws.with("AWS_ENDPOINT_URL_DYNAMODB", serviceVariable);
        }
        if (generalVariable != null) {
            aws.with("AWS_ENDPOINT_URL", generalVariable);
        }
        if (ignore != null) {
            aws.with("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", ignore);
        }
        AwsConfigFiles files = aws.files();
        EndpointResolver.Resolved resolved = EndpointResolver.resolve(explicit == null ? null : URI.create(explicit),
                files.environment(), files.read(), profile);
        assertThat(resolved.endpoint()).isEqualTo(expected == null ? null : URI.create(expected));
        assertThat(resolved.source()).isEqualTo(source);
    }

    @Test
    void awsEndpointsPerPartition() {
        assertThat(EndpointResolver.awsEndpoint("eu-central-1")).isEqualTo("https://dynamodb.eu-central-1.amazonaws.com");
        assertThat(EndpointResolver.awsEndpoint("cn-north-1")).isEqualTo("https://dynamodb.cn-north-1.amazonaws.com.cn");
    }

    @Test
    void aBrokenEndpointSaysWhereItCameFrom() {
        AwsConfigFiles files = new AwsFiles(folder, CONFIG, "").with("AWS_ENDPOINT_URL_DYNAMODB", "localhost 8000").files();
        assertThatThrownBy(() -> EndpointResolver.resolve(null, files.environment(), files.read(), "bare"))
                .hasMessageContaining("AWS_ENDPOINT_URL_DYNAMODB").hasMessageContaining("not a URL");
    }

    @Test
    void theProfileOfAConnectionIsItsOwnOrAwsProfile() {
        AwsConfigFiles files = AwsConfigFiles.of(Map.of("AWS_PROFILE", "team"), Path.of("/home/x"));
        ConnectionProfile chain = new ConnectionProfile("a", "A", "us-east-1", null, new CredentialSource.DefaultChain(),
                false, null, null, false);
        ConnectionProfile named = new ConnectionProfile("b", "B", "us-east-1", null, new CredentialSource.NamedProfile("dev"),
                false, null, null, false);
        assertThat(ConnectionOpener.profileName(chain, files)).isEqualTo("team");
        assertThat(ConnectionOpener.profileName(named, files)).isEqualTo("dev");
        assertThat(files.config()).isEqualTo(Path.of("/home/x/.aws/config"));
    }
}
