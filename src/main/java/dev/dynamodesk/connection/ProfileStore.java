package dev.dynamodesk.connection;

import dev.dynamodesk.config.JsonFileStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The saved connections, in profiles.json in the config folder. The file holds no secrets: a
 * connection with typed keys keeps its access key id here and its secret in the
 * {@link SecretStore}. A file that cannot be read is set aside and the app starts without it.
 */
public final class ProfileStore {
    /** The file's content. */
    public record Content(List<Entry> connections) {
        public Content {
            connections = connections == null ? List.of() : List.copyOf(connections);
        }
    }

    /** One connection as written: plain fields, so the file reads well and never holds a secret. */
    public record Entry(String id, String name, String region, String endpoint, String source, String awsProfile,
                        String accessKeyId, String roleArn, String externalId, String mfaSerial, String sessionName,
                        String colour, String environment, boolean readOnly) {
    }

    private final JsonFileStore<Content> store;

    public ProfileStore(Path file) {
        this.store = new JsonFileStore<>(file, Content.class, () -> new Content(List.of()));
    }

    /** The connections, and a message for the user when the file had to be set aside. */
    public record Loaded(List<ConnectionProfile> profiles, Optional<String> problem) {
    }

    public Loaded load() {
        JsonFileStore.Loaded<Content> loaded = store.load();
        List<ConnectionProfile> profiles = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Entry entry : loaded.value().connections()) {
            try {
                profiles.add(toProfile(entry));
            } catch (RuntimeException bad) {
                skipped.add((entry.name() == null ? "(no name)" : entry.name()) + ": " + bad.getMessage());
            }
        }
        Optional<String> problem = loaded.problem();
        if (!skipped.isEmpty()) {
            String text = "Some saved connections could not be read and were left out: " + String.join("; ", skipped);
            problem = Optional.of(problem.map(p -> p + " " + text).orElse(text));
        }
        return new Loaded(profiles, problem);
    }

    /** Writes every saved connection (atomically). The embedded Local is built in, never saved. */
    public void save(List<ConnectionProfile> profiles) throws IOException {
        store.save(contentOf(profiles));
    }

    /** What the file will hold for these connections (the embedded Local left out). */
    public static Content contentOf(List<ConnectionProfile> profiles) {
        List<Entry> entries = new ArrayList<>();
        for (ConnectionProfile profile : profiles) {
            if (!profile.embeddedLocal()) {
                entries.add(toEntry(profile));
            }
        }
        return new Content(entries);
    }

    /** The file itself, for saving in the background. */
    public JsonFileStore<Content> fileStore() {
        return store;
    }

    public Path file() {
        return store.file();
    }

    static Entry toEntry(ConnectionProfile p) {
        String endpoint = p.endpoint() == null ? null : p.endpoint().toString();
        String environment = p.environment().name();
        CredentialSource source = p.credentials();
        if (source instanceof CredentialSource.NamedProfile named) {
            return new Entry(p.id(), p.name(), p.region(), endpoint, "profile", named.profileName(), null, null, null, null,
                    null, p.colour(), environment, p.readOnly());
        }
        if (source instanceof CredentialSource.StoredKeys keys) {
            return new Entry(p.id(), p.name(), p.region(), endpoint, "keys", null, keys.accessKeyId(), null, null, null,
                    null, p.colour(), environment, p.readOnly());
        }
        if (source instanceof CredentialSource.AssumeRole role) {
            return new Entry(p.id(), p.name(), p.region(), endpoint, "role", role.baseProfile(), null, role.roleArn(),
                    role.externalId(), role.mfaSerial(), role.sessionName(), p.colour(), environment, p.readOnly());
        }
        if (source instanceof CredentialSource.StaticKeys) {
            throw new IllegalArgumentException("Keys held in memory are never saved; connection " + p.name() + " should use stored keys");
        }
        return new Entry(p.id(), p.name(), p.region(), endpoint, "default", null, null, null, null, null, null, p.colour(),
                environment, p.readOnly());
    }

    static ConnectionProfile toProfile(Entry e) {
        if (e.id() == null || e.id().isBlank()) {
            throw new IllegalArgumentException("no id");
        }
        CredentialSource source = switch (e.source() == null ? "default" : e.source()) {
            case "default" -> new CredentialSource.DefaultChain();
            case "profile" -> new CredentialSource.NamedProfile(required(e.awsProfile(), "awsProfile"));
            case "keys" -> new CredentialSource.StoredKeys(required(e.accessKeyId(), "accessKeyId"));
            case "role" -> new CredentialSource.AssumeRole(blankToNull(e.awsProfile()), required(e.roleArn(), "roleArn"),
                    blankToNull(e.externalId()), blankToNull(e.mfaSerial()), blankToNull(e.sessionName()));
            default -> throw new IllegalArgumentException("unknown credential source \"" + e.source() + "\"");
        };
        ConnectionProfile.Environment environment = e.environment() == null ? ConnectionProfile.Environment.DEVELOPMENT
                : ConnectionProfile.Environment.valueOf(e.environment());
        URI endpoint = e.endpoint() == null || e.endpoint().isBlank() ? null : URI.create(e.endpoint());
        return new ConnectionProfile(e.id(), required(e.name(), "name"), required(e.region(), "region"), endpoint, source,
                e.readOnly(), environment, blankToNull(e.colour()), false);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
