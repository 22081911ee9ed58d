package dev.dynamodesk.connection;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/** Secrets in the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service). */
final class KeychainSecretStore implements SecretStore {
    static final String SERVICE = "Dynamo Desk";
    private final Keyring keyring;

    KeychainSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "Secrets are kept in the OS keychain (" + keyring.getKeyringStorageType() + "), never in a file.";
    }

    @Override
    public Optional<StoredSecret> read(String connectionId) {
        try {
            String text = keyring.getPassword(SERVICE, account(connectionId));
            return text == null || text.isEmpty() ? Optional.empty() : Optional.of(StoredSecret.decoded(text));
        } catch (PasswordAccessException missing) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String connectionId, StoredSecret secret) {
        try {
            keyring.setPassword(SERVICE, account(connectionId), secret.encoded());
        } catch (PasswordAccessException e) {
            // The keychain's message never contains the secret itself.
            throw new IllegalStateException("The keychain refused to store the secret: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String connectionId) {
        try {
            keyring.deletePassword(SERVICE, account(connectionId));
        } catch (PasswordAccessException alreadyGone) {
            // Nothing stored under that name: nothing to delete.
        }
    }

    private static String account(String connectionId) {
        return "connection:" + connectionId;
    }
}
