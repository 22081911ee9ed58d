package dev.dynamodesk.connection;

/** Access key ids are not secrets, but screens and logs show only their end, as the AWS console does. */
public final class KeyIds {
    private KeyIds() {
    }

    public static String masked(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.isBlank()) {
            return "(none)";
        }
        String id = accessKeyId.strip();
        return id.length() <= 4 ? "****" : "****" + id.substring(id.length() - 4);
    }
}
