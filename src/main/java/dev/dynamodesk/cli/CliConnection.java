package dev.dynamodesk.cli;

import dev.dynamodesk.connection.ConnectionOpener;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.CredentialSource;
import dev.dynamodesk.connection.CredentialsResolver;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.connection.MfaPrompt;
import dev.dynamodesk.connection.ProfileStore;
import dev.dynamodesk.connection.SecretStore;
import dev.dynamodesk.connection.SecretStores;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.local.LocalRuntime;
import dev.dynamodesk.local.LocalStartException;
import dev.dynamodesk.local.RunningLocalFile;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * An open connection for one command: the services over its client and, for the built-in Local
 * when no window serves it, the DynamoDB Local started for the command. Closing closes both.
 */
final class CliConnection implements AutoCloseable {
    private final ConnectionProfile profile;
    private final DynamoServices services;
    private final LocalRuntime ownLocal;

    private CliConnection(ConnectionProfile profile, DynamoServices services, LocalRuntime ownLocal) {
        this.profile = profile;
        this.services = services;
        this.ownLocal = ownLocal;
    }

    /**
     * Opens the connection the options name; {@code chosen} hears which, before anything is called.
     * {@code bulk}: the command streams many requests (export, import) and gets the pooled HTTP
     * client; the others get the JDK's, which starts faster.
     */
    static CliConnection open(ConnectionOptions options, CliEnvironment environment,
                              java.util.function.Consumer<ConnectionProfile> chosen, boolean bulk) {
        ConnectionProfile profile = ConnectionChoice.choose(options, savedProfiles(options, environment), environment.aws());
        chosen.accept(profile);
        DynamoClientFactory clients = bulk ? new DynamoClientFactory() : new DynamoClientFactory().forOneShotCommands();
        if (profile.embeddedLocal()) {
            return openLocal(profile, environment, clients);
        }
        CredentialsResolver credentials = new CredentialsResolver(environment.aws(), secrets(profile),
                mfaPrompt(environment), null);
        ConnectionOpener.Opened opened = new ConnectionOpener(credentials, clients).open(profile);
        return new CliConnection(opened.profile(),
                new DynamoServices(opened.client(), new WriteGuard(profile.readOnly(), profile.name())), null);
    }

    /**
     * The connections saved in the window, read only when --profile names one of them: reading the
     * file takes Jackson's object mapper (some 400 classes), which the other commands never need.
     */
    private static List<ConnectionProfile> savedProfiles(ConnectionOptions options, CliEnvironment environment) {
        if (options.profile == null || ConnectionChoice.isLocal(options.profile)) {
            return List.of();
        }
        ProfileStore store = new ProfileStore(environment.directories().configDir().resolve("profiles.json"));
        ProfileStore.Loaded saved = store.load();
        saved.problem().ifPresent(problem -> environment.err().println("dynamodesk: warning: " + firstLine(problem)));
        return saved.profiles();
    }

    /** The window's running Local when there is one; otherwise one started here on the same database. */
    private static CliConnection openLocal(ConnectionProfile profile, CliEnvironment environment, DynamoClientFactory clients) {
        Optional<URI> running = new RunningLocalFile(environment.directories().localDatabaseDir()).endpointOfLiveServer();
        if (running.isPresent()) {
            ConnectionProfile atServer = profile.withEndpoint(running.get());
            return new CliConnection(atServer, services(atServer, clients.create(atServer)), null);
        }
        try {
            LocalRuntime local = LocalRuntime.start(environment.directories(), new LocalRuntime.Settings(false, 0, 0), clients,
                    false);
            ConnectionProfile atServer = profile.withEndpoint(local.endpoint());
            return new CliConnection(atServer, services(atServer, clients.create(atServer)), local);
        } catch (LocalStartException e) {
            throw CliFailure.error("The built-in DynamoDB Local did not start: " + e.getMessage());
        }
    }

    private static DynamoServices services(ConnectionProfile profile, software.amazon.awssdk.services.dynamodb.DynamoDbClient client) {
        return new DynamoServices(client, new WriteGuard(profile.readOnly(), profile.name()));
    }

    /** The keychain is only looked for when a connection keeps its secret there. */
    private static Supplier<SecretStore> secrets(ConnectionProfile profile) {
        if (profile.credentials() instanceof CredentialSource.StoredKeys) {
            return SecretStores.detect()::join;
        }
        return () -> {
            throw new IllegalStateException("No secret is needed for " + profile.credentials().describe());
        };
    }

    /** On a terminal the MFA code is asked for on stderr; without one there is no one to ask. */
    private static MfaPrompt mfaPrompt(CliEnvironment environment) {
        if (!environment.terminal()) {
            return MfaPrompt.NONE;
        }
        return (serial, role) -> {
            String code = environment.ask("MFA code for " + role + " (device " + serial + "): ");
            if (code == null || code.isBlank()) {
                throw new CancellationException("No MFA code was given.");
            }
            return code.strip();
        };
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    ConnectionProfile profile() {
        return profile;
    }

    DynamoServices services() {
        return services;
    }

    /** Whether this connection's writes are refused: checked before asking anything. */
    boolean readOnly() {
        return services.guard().readOnly();
    }

    List<String> tableNames() {
        return services.tables().listTableNames();
    }

    @Override
    public void close() {
        services.close();
        if (ownLocal != null) {
            ownLocal.close();
        }
    }
}
