package dev.dynamodesk.local;

import dev.dynamodesk.connection.DynamoClientFactory;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs the SDK's client and request path once, against a port nothing listens on, on another
 * core while DynamoDB Local starts: building the first client and sending its first request
 * loaded and ran some 1,700 classes for the first time, after the server was up and before the
 * table list could be read (measured from `java -jar`: server up → tables listed 1.1-1.4 s before,
 * 0.5-0.6 s after; tables listed ~0.3 s sooner overall). The request fails at once (connection
 * refused); only the code it ran matters. Nothing waits for it.
 */
final class SdkWarmUp {
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    private SdkWarmUp() {
    }

    static void start(DynamoClientFactory clients) {
        // A daemon thread of its own: a warm-up must never hold the app or a command open.
        Thread thread = new Thread(() -> {
            try (DynamoDbClient client = clients.create("us-east-1", NOWHERE,
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("warm", "up")), 1)) {
                client.listTables(request -> request.limit(1));
            } catch (RuntimeException expected) {
                // Refused, as it should be: the classes are loaded and the path has run once.
            }
        }, "sdk-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
