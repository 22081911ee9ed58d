package dev.dynamodesk.config;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The licences of what the app bundles: the list the build writes from every dependency's pom
 * ({@code THIRD-PARTY.txt}), and DynamoDB Local's own licence agreement, read from its jar.
 */
public final class BundledLicences {
    private BundledLicences() {
    }

    /** One line per bundled library: its licence, name, coordinates and home page. */
    public static String thirdParty() {
        try (InputStream in = BundledLicences.class.getResourceAsStream("/dev/dynamodesk/THIRD-PARTY.txt")) {
            return in == null ? "The list of bundled components is written by the build (mvn package)."
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "The list of bundled components could not be read: " + e.getMessage();
        }
    }

    /** The DynamoDB Local License Agreement, as its jar carries it. */
    public static String dynamoDbLocal() {
        try {
            URL jar = LocalDynamoDBRequestHandler.class.getProtectionDomain().getCodeSource().getLocation();
            for (URL licence : Collections.list(BundledLicences.class.getClassLoader().getResources("LICENSE.txt"))) {
                if (licence.toString().contains(jar.getPath())) {
                    try (InputStream in = licence.openStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                    }
                }
            }
            return "DynamoDB Local's licence is in LICENSE.txt inside " + jar.getPath();
        } catch (IOException | RuntimeException e) {
            return "DynamoDB Local's licence could not be read: " + e.getMessage();
        }
    }
}
