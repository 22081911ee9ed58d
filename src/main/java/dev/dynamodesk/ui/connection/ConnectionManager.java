package dev.dynamodesk.ui.connection;

import dev.dynamodesk.connection.AwsProfileSummary;
import dev.dynamodesk.connection.ConnectionOpener;
import dev.dynamodesk.connection.ConnectionProblem;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.ConnectionTester;
import dev.dynamodesk.connection.CredentialSource;
import dev.dynamodesk.connection.ProfileStore;
import dev.dynamodesk.connection.SecretStore;
import dev.dynamodesk.connection.StoredSecret;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.ui.common.BackgroundSaver;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;

/**
 * The saved connections: adds, edits, removes and opens them, keeps profiles.json current (in
 * the background) and puts typed secrets into the secret store, never into a file.
 */
public final class ConnectionManager {
    private final TaskRunner tasks;
    private final ObservableList<ConnectionViewModel> connections;
    private final BackgroundSaver<ProfileStore.Content> file;
    private final ConnectionOpener opener;
    private final ConnectionTester tester;
    private final CompletableFuture<SecretStore> secrets;
    private final Consumer<String> warn;

    public ConnectionManager(TaskRunner tasks, ObservableList<ConnectionViewModel> connections, ProfileStore store,
                             ConnectionOpener opener, ConnectionTester tester, CompletableFuture<SecretStore> secrets,
                             Consumer<String> warn) {
        this.tasks = tasks;
        this.connections = connections;
        this.file = new BackgroundSaver<>(store.fileStore());
        this.opener = opener;
        this.tester = tester;
        this.secrets = secrets;
        this.warn = warn;
    }

    public ConnectionTester tester() {
        return tester;
    }

    public CompletableFuture<SecretStore> secrets() {
        return secrets;
    }

    /** Adds the saved connections, not yet connected. */
    public void showSaved(List<ConnectionProfile> profiles) {
        for (ConnectionProfile profile : profiles) {
            connections.add(ConnectionViewModel.saved(profile, tasks));
        }
    }

    /** Opens a connection in the background: endpoint, credentials (maybe an MFA prompt), tables. */
    public void connect(ConnectionViewModel connection) {
        if (connection.savedProfile().embeddedLocal()) {
            return; // the embedded Local is started by its own starter
        }
        long attempt = connection.connecting();
        ConnectionProfile profile = connection.savedProfile();
        record Answered(ConnectionOpener.Opened opened, DynamoServices services, List<String> tables) {
        }
        java.util.concurrent.atomic.AtomicReference<DynamoServices> opening = new java.util.concurrent.atomic.AtomicReference<>();
        // What a failure names: the endpoint really used (from the AWS files too), once it is known.
        java.util.concurrent.atomic.AtomicReference<String> where = new java.util.concurrent.atomic.AtomicReference<>(
                profile.endpoint() == null ? "AWS in " + profile.region() : profile.endpoint().toString());
        connection.connecting(tasks.task("Connecting to " + profile.name(), context -> {
                    ConnectionOpener.Opened opened = opener.open(profile);
                    where.set(opened.endpoint().label(profile.region()));
                    // Resolve now, so a missing secret or MFA prompt happens here and not in the first list.
                    opened.provider().resolveCredentials();
                    DynamoServices services = new DynamoServices(opened.client(), new WriteGuard(profile.readOnly(), profile.name()));
                    opening.set(services);
                    // "Connected" only once the server has answered a call: a silent server must not
                    // look like an account with no tables.
                    return new Answered(opened, services, services.tables().listTableNames());
                })
                .quiet()
                .onSuccess(answered -> {
                    if (connection.isCurrentAttempt(attempt)) {
                        var files = opener.credentials().files();
                        connection.s3Access(url -> new dev.dynamodesk.dynamo.ops.S3ExportStore(
                                dev.dynamodesk.connection.S3Clients.forConnection(files, answered.opened()), url));
                        connection.connected(answered.opened().profile(), answered.services(), answered.tables());
                    } else {
                        closeQuietly(answered.services()); // stopped meanwhile
                    }
                })
                .onFailure(failure -> {
                    closeQuietly(opening.get());
                    if (connection.isCurrentAttempt(attempt)) {
                        connection.connectFailed(ConnectionProblem.of(failure, profile.credentials().describe(), where.get()), failure);
                    }
                })
                .onCancelled(() -> closeQuietly(opening.get()))
                .start());
    }

    private static void closeQuietly(DynamoServices services) {
        if (services != null) {
            services.close();
        }
    }

    /**
     * Saves a new or edited connection. {@code secret} is the typed secret of stored keys, or
     * null to keep the one already stored.
     */
    public ConnectionViewModel save(ConnectionProfile profile, StoredSecret secret) {
        ConnectionViewModel existing = find(profile.id());
        if (existing != null) {
            existing.replaceSaved(profile);
        } else {
            existing = ConnectionViewModel.saved(profile, tasks);
            connections.add(existing);
        }
        ConnectionViewModel saved = existing;
        boolean keys = profile.credentials() instanceof CredentialSource.StoredKeys;
        tasks.task("Saving connection " + profile.name(), context -> {
                    SecretStore secretStore = secrets.join();
                    if (!keys) {
                        secretStore.delete(profile.id());
                    } else if (secret != null) {
                        secretStore.write(profile.id(), secret);
                    }
                    return null;
                })
                .quiet()
                .onDone(() -> {
                    writeFile();
                    connect(saved);
                })
                .onFailure(failure -> warn.accept("The secret of " + profile.name() + " could not be stored: " + failure.getMessage()))
                .start();
        return saved;
    }

    public void remove(ConnectionViewModel connection) {
        if (connection.savedProfile().embeddedLocal()) {
            return;
        }
        connections.remove(connection);
        String id = connection.savedProfile().id();
        tasks.task("Forgetting connection", context -> {
            secrets.join().delete(id);
            return null;
        }).quiet().start();
        writeFile();
    }

    /** The profile the AWS CLI uses when none is named (AWS_PROFILE, else "default"). */
    public String defaultAwsProfile() {
        return opener.credentials().files().defaultProfileName();
    }

    /** Where the user's AWS files are, in words. */
    public String configFiles() {
        return opener.credentials().files().config() + " and " + opener.credentials().files().credentials();
    }

    /** The profiles of the user's AWS files (read in the background by the caller). */
    public List<AwsProfileSummary> awsProfiles() {
        return AwsProfileSummary.list(opener.credentials().files());
    }

    /** Adds a connection for each AWS profile not yet used by one; returns how many were added. */
    public int importAwsProfiles(List<AwsProfileSummary> profiles, String fallbackRegion) {
        Set<String> used = connections.stream().map(ConnectionViewModel::savedProfile)
                .filter(p -> p.credentials() instanceof CredentialSource.NamedProfile)
                .map(p -> ((CredentialSource.NamedProfile) p.credentials()).profileName())
                .collect(Collectors.toSet());
        int added = 0;
        for (AwsProfileSummary aws : profiles) {
            if (used.contains(aws.name())) {
                continue;
            }
            String region = aws.region().isBlank() ? fallbackRegion : aws.region();
            connections.add(ConnectionViewModel.saved(new ConnectionProfile(newId(), aws.name(), region, null,
                    new CredentialSource.NamedProfile(aws.name()), false, ConnectionProfile.Environment.DEVELOPMENT, null, false), tasks));
            added++;
        }
        if (added > 0) {
            writeFile();
        }
        return added;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public ConnectionViewModel find(String id) {
        return connections.stream().filter(c -> c.savedProfile().id().equals(id)).findFirst().orElse(null);
    }

    private void writeFile() {
        List<ConnectionProfile> profiles = new ArrayList<>();
        for (ConnectionViewModel connection : connections) {
            profiles.add(connection.savedProfile());
        }
        file.save(ProfileStore.contentOf(profiles), tasks);
    }
}
