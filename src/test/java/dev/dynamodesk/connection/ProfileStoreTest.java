package dev.dynamodesk.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path folder;

    private static ConnectionProfile profile(String id, CredentialSource source) {
        return new ConnectionProfile(id, "Conn " + id, "eu-west-1", id.equals("b") ? URI.create("http://localhost:8000") : null,
                source, id.equals("c"), id.equals("c") ? ConnectionProfile.Environment.PRODUCTION : ConnectionProfile.Environment.TEST,
                "red", false);
    }

    @Test
    void everyCredentialSourceRoundTripsAndTheEmbeddedLocalIsNotSaved() throws Exception {
        ProfileStore store = new ProfileStore(folder.resolve("profiles.json"));
        List<ConnectionProfile> profiles = List.of(
                profile("a", new CredentialSource.DefaultChain()),
                profile("b", new CredentialSource.NamedProfile("dev")),
                profile("c", new CredentialSource.StoredKeys("AKIAKEEPSID0001")),
                profile("d", new CredentialSource.AssumeRole("dev", "arn:aws:iam::1:role/R", "ext", "arn:aws:iam::1:mfa/u", "me")),
                profile("e", new CredentialSource.AssumeRole(null, "arn:aws:iam::1:role/R", null, null, null)));
        List<ConnectionProfile> withLocal = new java.util.ArrayList<>(profiles);
        withLocal.add(ConnectionProfile.builtInLocal());
        store.save(withLocal);

        ProfileStore.Loaded loaded = new ProfileStore(folder.resolve("profiles.json")).load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.profiles()).isEqualTo(profiles);
    }

    @Test
    void aCorruptFileIsSetAsideAndTheUserIsTold() throws Exception {
        Path file = Files.writeString(folder.resolve("profiles.json"), "{\"connections\": [ {\"id\": ");
        ProfileStore.Loaded loaded = new ProfileStore(file).load();
        assertThat(loaded.profiles()).isEmpty();
        assertThat(loaded.problem()).get().asString().contains("profiles.json could not be read", "profiles.corrupt-");
        assertThat(file).doesNotExist();
        try (var aside = Files.list(folder)) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("profiles.corrupt-"));
        }
    }

    @Test
    void anUnreadableEntryIsLeftOutAndTheOthersLoad() throws Exception {
        Path file = Files.writeString(folder.resolve("profiles.json"), """
                {"connections": [
                  {"id": "ok", "name": "Fine", "region": "eu-west-1", "source": "default"},
                  {"id": "bad", "name": "Broken", "region": "eu-west-1", "source": "telepathy"}
                ]}
                """);
        ProfileStore.Loaded loaded = new ProfileStore(file).load();
        assertThat(loaded.profiles()).extracting(ConnectionProfile::name).containsExactly("Fine");
        assertThat(loaded.problem()).get().asString().contains("Broken", "telepathy");
    }
}
