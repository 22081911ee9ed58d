package dev.dynamodesk.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SecretStoresTest {
    @Test
    void withoutAKeychainSecretsLastForTheSessionAndTheUserIsToldSo() throws Exception {
        System.setProperty("dynamodesk.noKeychain", "true");
        try {
            SecretStore store = SecretStores.detect().get(1, TimeUnit.SECONDS);
            assertThat(store.persistent()).isFalse();
            assertThat(store.description()).contains("for this session only", "never written to a file");
            store.write("x", new StoredSecret("secret", null));
            assertThat(store.read("x")).contains(new StoredSecret("secret", null));
            store.delete("x");
            assertThat(store.read("x")).isEmpty();
        } finally {
            System.clearProperty("dynamodesk.noKeychain");
        }
    }

    @Test
    void lookingForTheKeychainAlwaysAnswersAndNeverFails() throws Exception {
        // On a headless Linux without a Secret Service this is the session store; on a desktop, the keychain.
        SecretStore store = SecretStores.detect().get(20, TimeUnit.SECONDS);
        assertThat(store).isNotNull();
        assertThat(store.description()).isNotBlank();
    }

    @Test
    void aSecretAndTokenShareOneKeychainEntry() {
        StoredSecret both = new StoredSecret("abc/DEF+123", "token\\with=odd+chars");
        assertThat(StoredSecret.decoded(both.encoded())).isEqualTo(both);
        assertThat(StoredSecret.decoded(new StoredSecret("only", " ").encoded())).isEqualTo(new StoredSecret("only", null));
    }
}
