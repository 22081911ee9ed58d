package dev.dynamodesk.connection;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets kept in memory until the app quits: the fallback where no keychain can be reached. */
public final class SessionSecretStore implements SecretStore {
    private final Map<String, StoredSecret> secrets = new ConcurrentHashMap<>();
    private final String why;

    public SessionSecretStore(String why) {
        this.why = why;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String description() {
        return "No keychain is available (" + why + "). Secrets are kept in memory for this session only"
                + " and must be entered again after a restart; they are never written to a file.";
    }

    @Override
    public Optional<StoredSecret> read(String connectionId) {
        return Optional.ofNullable(secrets.get(connectionId));
    }

    @Override
    public void write(String connectionId, StoredSecret secret) {
        secrets.put(connectionId, secret);
    }

    @Override
    public void delete(String connectionId) {
        secrets.remove(connectionId);
    }
}
