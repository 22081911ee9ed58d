package dev.dynamodesk.connection;

import com.github.javakeyring.Keyring;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the OS keychain once, in the background. A keychain that cannot be opened, or does not
 * answer within a few seconds (a headless Linux without a Secret Service), means secrets for this
 * session only; the user is told so where they type a secret.
 */
public final class SecretStores {
    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);
    private static final long PROBE_SECONDS = 5;

    private SecretStores() {
    }

    /** Starts looking for the keychain now; the future never fails. */
    public static CompletableFuture<SecretStore> detect() {
        if (Boolean.getBoolean("dynamodesk.noKeychain")) {
            return CompletableFuture.completedFuture(new SessionSecretStore("turned off with -Ddynamodesk.noKeychain"));
        }
        CompletableFuture<SecretStore> probe = CompletableFuture.supplyAsync(SecretStores::openKeychain, daemon());
        return probe.completeOnTimeout(null, PROBE_SECONDS, TimeUnit.SECONDS)
                .handle((store, failure) -> {
                    if (store != null) {
                        return store;
                    }
                    String why = failure != null ? reason(failure) : "the keychain did not answer";
                    LOG.info("No OS keychain: {}. Secrets will be kept for the session only.", why);
                    return new SessionSecretStore(why);
                });
    }

    private static SecretStore openKeychain() {
        try {
            Keyring keyring = Keyring.create();
            KeychainSecretStore store = new KeychainSecretStore(keyring);
            store.read("probe"); // opening is lazy on some systems: make it answer once now
            LOG.info("Using the OS keychain ({})", keyring.getKeyringStorageType());
            return store;
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    private static java.util.concurrent.Executor daemon() {
        return task -> {
            Thread thread = new Thread(task, "keychain-probe");
            thread.setDaemon(true);
            thread.start();
        };
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof ExecutionException
                || cause instanceof IllegalStateException) && cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException) {
            return "the keychain did not answer";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
