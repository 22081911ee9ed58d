package dev.dynamodesk.connection;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Test Connection: resolves the credentials, lists tables, and on AWS asks STS who the
 * credentials belong to; says which source answered, or exactly what failed.
 */
public final class ConnectionTester {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final ConnectionOpener opener;
    private final java.net.URI stsEndpoint;

    /** @param stsEndpoint STS's endpoint for GetCallerIdentity, or null for AWS's own */
    public ConnectionTester(ConnectionOpener opener, java.net.URI stsEndpoint) {
        this.opener = opener;
        this.stsEndpoint = stsEndpoint;
    }

    /** What the test found: facts line by line, or the problem. */
    public record Report(List<String> facts, ConnectionProblem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public Report test(ConnectionProfile profile) {
        List<String> facts = new ArrayList<>();
        String credentials = profile.credentials().describe();
        String endpointText = profile.endpointLabel();
        try {
            EndpointResolver.Resolved endpoint = opener.endpoint(profile);
            endpointText = endpoint.label(profile.region());
            facts.add("Endpoint: " + endpointText + " (" + endpoint.source() + ")");
            AwsCredentials resolved = opener.credentials().provider(profile).resolveCredentials();
            facts.add("Credentials: " + credentials + answeredBy(resolved));
            StaticCredentialsProvider fixed = StaticCredentialsProvider.create(resolved);
            try (DynamoDbClient client = new DynamoClientFactory().create(profile.region(), endpoint.endpoint(), fixed, 2)) {
                ListTablesResponse tables = client.listTables(request -> request.limit(100)
                        .overrideConfiguration(o -> o.apiCallTimeout(CALL_TIMEOUT)));
                int count = tables.tableNames().size();
                facts.add("Tables: " + count + (tables.lastEvaluatedTableName() != null ? " or more" : "")
                        + " in " + profile.region());
            }
            if (endpoint.isAws()) {
                URI sts = stsEndpoint != null ? stsEndpoint
                        : opener.credentials().stsEndpoint(ConnectionOpener.profileName(profile, opener.credentials().files()));
                GetCallerIdentityResponse identity = callerIdentity(profile.region(), fixed, sts);
                facts.add("Account: " + identity.account() + " as " + identity.arn());
            } else {
                facts.add("Account: not AWS (" + endpointText + ")");
            }
            return new Report(facts, null);
        } catch (RuntimeException failure) {
            return new Report(facts, ConnectionProblem.of(failure, credentials, endpointText));
        }
    }

    private static GetCallerIdentityResponse callerIdentity(String region, StaticCredentialsProvider credentials, URI stsEndpoint) {
        var builder = StsClient.builder().region(Region.of(region)).credentialsProvider(credentials)
                .httpClientBuilder(DynamoClientFactory.httpClient());
        if (stsEndpoint != null) {
            builder.endpointOverride(stsEndpoint);
        }
        try (StsClient sts = builder.build()) {
            return sts.getCallerIdentity(request -> request.overrideConfiguration(o -> o.apiCallTimeout(CALL_TIMEOUT)));
        }
    }

    /** Which SDK provider produced the credentials, where the SDK says. */
    private static String answeredBy(AwsCredentials resolved) {
        String words = ProviderNames.describe(resolved.providerName().orElse(null));
        return words.isEmpty() ? "" : " (answered by " + words + ")";
    }
}
