package dev.dynamodesk.testing;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableCatalog;
import dev.dynamodesk.dynamo.TableDetailsReader;
import dev.dynamodesk.dynamo.query.MatchCounter;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Services for view models' own tests: the given parts answer, and anything else would go to a
 * port nothing listens on (the discard port), so an unexpected call fails loudly instead of
 * reaching a real server.
 */
public final class OfflineServices {
    private OfflineServices() {
    }

    public static DynamoServices with(TableCatalog tables, MatchCounter counter, TableDetailsReader details) {
        DynamoDbClient nowhere = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("offline", "offline")))
                .build();
        return new DynamoServices(nowhere).replacing(tables, counter, details);
    }
}
