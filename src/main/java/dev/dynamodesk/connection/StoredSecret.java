package dev.dynamodesk.connection;

import java.util.Objects;

/** A connection's secret access key and optional session token. Never printed. */
public record StoredSecret(String secretAccessKey, String sessionToken) {
    public StoredSecret {
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        sessionToken = sessionToken == null || sessionToken.isBlank() ? null : sessionToken;
    }

    /** One string for the keychain: the token, when there is one, on a second line. */
    String encoded() {
        return sessionToken == null ? secretAccessKey : secretAccessKey + "\n" + sessionToken;
    }

    static StoredSecret decoded(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? new StoredSecret(text, null)
                : new StoredSecret(text.substring(0, newline), text.substring(newline + 1));
    }

    @Override
    public String toString() {
        return "StoredSecret[****" + (sessionToken == null ? "" : ", token ****") + "]";
    }
}
