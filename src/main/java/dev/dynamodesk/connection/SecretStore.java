package dev.dynamodesk.connection;

import java.util.Optional;

/**
 * Where static secrets live: the OS keychain, or (where there is none) memory for this session
 * only. Never a file of the app's. Calls may block (a keychain may ask the user): background only.
 */
public interface SecretStore {

    /** Whether secrets survive a restart (a keychain), or last only for this session. */
    boolean persistent();

    /** In words: "the OS keychain (…)" or why there is none. */
    String description();

    Optional<StoredSecret> read(String connectionId);

    void write(String connectionId, StoredSecret secret);

    void delete(String connectionId);
}
