package dev.dynamodesk.ui.connection;

import java.net.URI;
import java.util.Locale;

/**
 * The note for connections to a DynamoDB Local: unless it was started with -sharedDb, Local keeps
 * one database per access key and region, so two connections that differ in either see
 * different tables.
 */
final class LocalDatabaseNote {
    private LocalDatabaseNote() {
    }

    static String of(String endpoint, String accessKeyId, String region, boolean typedKeys) {
        if (endpoint.isEmpty()) {
            return "";
        }
        String host;
        try {
            host = URI.create(endpoint).getHost();
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (host == null) {
            return "";
        }
        String lower = host.toLowerCase(Locale.ROOT);
        boolean local = lower.equals("localhost") || lower.startsWith("127.") || lower.equals("::1") || lower.equals("[::1]")
                || lower.equals("host.docker.internal") || lower.endsWith(".local") || lower.equals("dynamodb-local");
        if (!local) {
            return "";
        }
        String key = typedKeys && !accessKeyId.isEmpty() ? accessKeyId : "<the access key the credentials resolve to>";
        return "DynamoDB Local keeps a separate database per access key and region unless it was started with -sharedDb. "
                + "This connection will see the database file " + key + "_" + (region.isEmpty() ? "<region>" : region)
                + ".db — or shared-local-instance.db if Local runs with -sharedDb (the embedded Local always does).";
    }
}
