package dev.dynamodesk.ui.connection;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.ui.common.NewestRequest;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One connection in the sidebar: its profile, whether it is usable yet, and its tables.
 * Table lists are refreshed in the background; a newer refresh wins over an older one.
 */
public final class ConnectionViewModel {
    public enum State { DISCONNECTED, CONNECTING, READY, FAILED }

    private final TaskRunner tasks;
    private final ObjectProperty<ConnectionProfile> profile;
    /** Why the last attempt to connect failed, or null. */
    private dev.dynamodesk.connection.ConnectionProblem.Kind lastProblem;
    private String lastProblemHeadline;
    /** The profile as the user saved it (the one in use may carry a resolved endpoint). */
    private ConnectionProfile saved;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.CONNECTING);
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "Connecting…");
    private final ObjectProperty<ErrorMessages.UserError> error = new SimpleObjectProperty<>(this, "error");
    private final ReadOnlyObjectWrapper<DynamoServices> services = new ReadOnlyObjectWrapper<>(this, "services");
    private dev.dynamodesk.dynamo.ops.S3Access s3;
    private final ObservableList<String> tables = FXCollections.observableArrayList();
    private final ObservableMap<String, Long> itemCounts = FXCollections.observableHashMap();
    /** Listing the tables again: only the newest listing is shown. */
    private final NewestRequest listing = new NewestRequest();
    /** Reading each listed table's size: only for the newest list. */
    private final NewestRequest sizing = new NewestRequest();
    private dev.dynamodesk.ui.common.RunningTask pendingConnect;
    private long connectAttempt;
    static final int COUNTED_TABLES = 100;

    public ConnectionViewModel(ConnectionProfile profile, TaskRunner tasks) {
        this.profile = new SimpleObjectProperty<>(this, "profile", profile);
        this.saved = profile;
        this.tasks = tasks;
    }

    /** A saved connection, not opened until the user asks. */
    public static ConnectionViewModel saved(ConnectionProfile profile, TaskRunner tasks) {
        ConnectionViewModel connection = new ConnectionViewModel(profile, tasks);
        connection.state.set(State.DISCONNECTED);
        connection.detail.set("Not connected");
        return connection;
    }

    public ConnectionProfile savedProfile() {
        return saved;
    }

    /** After an edit: forgets the old client and tables; the caller connects again. */
    public void replaceSaved(ConnectionProfile edited) {
        saved = edited;
        listing.supersede(); // a listing or sizes still coming from the old client are not shown
        sizing.supersede();
        services.set(null);
        tables.clear();
        itemCounts.clear();
        error.set(null);
        profile.set(edited);
        state.set(State.DISCONNECTED);
        detail.set("Not connected");
    }

    /** A few words on why the last connect failed, or null when it did not. */
    public String problemHeadline() {
        return lastProblemHeadline;
    }

    /** Whether the last connect failed for want of an SSO login. */
    public boolean needsSsoLogin() {
        return lastProblem == dev.dynamodesk.connection.ConnectionProblem.Kind.SSO_LOGIN_NEEDED;
    }

    /** Starts an attempt to connect; returns its number (what it finds counts only while it is the latest). */
    public long connecting() {
        lastProblem = null;
        lastProblemHeadline = null;
        error.set(null);
        state.set(State.CONNECTING);
        detail.set("Connecting…");
        return ++connectAttempt;
    }

    /** Whether {@code attempt} is still the attempt the user waits for (not stopped, not superseded). */
    public boolean isCurrentAttempt(long attempt) {
        return attempt == connectAttempt;
    }

    /** The background work of connecting, so the user can stop it while the server does not answer. */
    public void connecting(dev.dynamodesk.ui.common.RunningTask work) {
        pendingConnect = work;
    }

    /**
     * Stops a connect that is still waiting for the server, at once: the row is "not connected"
     * again; whatever the stopped attempt finds later is dropped.
     */
    public void stopConnecting() {
        if (state.get() != State.CONNECTING) {
            return;
        }
        connectAttempt++;
        if (pendingConnect != null) {
            pendingConnect.cancel();
            pendingConnect = null;
        }
        services.set(null);
        detail.set("Stopped — double-click to connect");
        state.set(State.DISCONNECTED);
    }

    public ObjectProperty<ConnectionProfile> profileProperty() {
        return profile;
    }

    public ConnectionProfile profile() {
        return profile.get();
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public ObjectProperty<ErrorMessages.UserError> errorProperty() {
        return error;
    }

    public ReadOnlyObjectProperty<DynamoServices> servicesProperty() {
        return services.getReadOnlyProperty();
    }

    public DynamoServices services() {
        return services.get();
    }

    /** Opens an S3 client with this connection's credentials (to read DynamoDB's exports); empty where it has none. */
    public java.util.Optional<dev.dynamodesk.dynamo.ops.S3Access> s3() {
        return services.get() == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(s3);
    }

    /** Set by the connection manager once connected: how this connection reaches S3. */
    public void s3Access(dev.dynamodesk.dynamo.ops.S3Access opener) {
        this.s3 = opener;
    }

    /** Table names in ListTables order (alphabetical). */
    public ObservableList<String> tables() {
        return tables;
    }

    /**
     * DynamoDB's item count estimate per table, where known. Read for connections with up to
     * {@value #COUNTED_TABLES} tables (one DescribeTable each); larger accounts get them as tables are opened.
     */
    public ObservableMap<String, Long> itemCounts() {
        return itemCounts;
    }

    /**
     * Marks the connection usable: the server has answered, with these tables. Only then is it
     * "Connected"; until then the row says "Connecting…".
     */
    public void connected(ConnectionProfile resolved, DynamoServices connectedServices, List<String> tableNames) {
        pendingConnect = null;
        profile.set(resolved);
        services.set(connectedServices);
        error.set(null);
        state.set(State.READY);
        listing.supersede();
        applyTableNames(tableNames);
    }

    /** Marks the connection usable and lists its tables. */
    public void connected(ConnectionProfile resolved, DynamoServices connectedServices) {
        profile.set(resolved);
        services.set(connectedServices);
        error.set(null);
        state.set(State.READY);
        detail.set("Connected");
        refreshTables();
    }

    public void failed(String what, Throwable failure) {
        services.set(null);
        ErrorMessages.UserError described = ErrorMessages.describe(failure);
        error.set(new ErrorMessages.UserError(what + ": " + described.summary(), described.details()));
        state.set(State.FAILED);
        detail.set(what);
    }

    /** A saved connection could not be opened: the problem in plain words, the details on demand. */
    public void connectFailed(dev.dynamodesk.connection.ConnectionProblem problem, Throwable failure) {
        pendingConnect = null;
        lastProblem = problem.kind();
        lastProblemHeadline = problem.headline();
        services.set(null);
        error.set(new ErrorMessages.UserError(problem.message(), ErrorMessages.details(failure)));
        detail.set(problem.kind() == dev.dynamodesk.connection.ConnectionProblem.Kind.TIMEOUT ? "No answer" : "Not connected");
        state.set(State.FAILED);
    }

    /** Something went wrong that leaves the connection usable (shown as a warning). */
    public void warn(String what, Throwable failure) {
        ErrorMessages.UserError described = ErrorMessages.describe(failure);
        error.set(new ErrorMessages.UserError(what + ": " + described.summary(), described.details()));
    }

    public void refreshTables() {
        DynamoServices current = services.get();
        if (current == null) {
            return;
        }
        tasks.task("Listing tables of " + profile().name(), context -> current.tables().listTableNames())
                .quiet()
                .newestOf(listing)
                .onSuccess(this::applyTableNames)
                .onFailure(failure -> {
                    error.set(ErrorMessages.describe(failure));
                    detail.set("Could not list tables");
                })
                .start();
    }

    private void readItemCounts(List<String> names) {
        DynamoServices current = services.get();
        tasks.task("Reading table sizes", context -> {
                    for (String name : names) {
                        if (context.isCancelled()) {
                            break;
                        }
                        try {
                            long count = current.tables().describe(name).approximateItemCount();
                            context.deliver(() -> itemCounts.put(name, count));
                        } catch (RuntimeException gone) {
                            // Deleted meanwhile, or not describable: it simply shows no count.
                        }
                    }
                    return null;
                })
                .quiet()
                .newestOf(sizing)
                .start();
    }

    private void applyTableNames(List<String> names) {
        if (!tables.equals(names)) {
            tables.setAll(names);
        }
        itemCounts.keySet().retainAll(names);
        sizing.supersede(); // sizes read for an older list are not shown
        if (names.size() <= COUNTED_TABLES) {
            readItemCounts(names);
        }
        detail.set(names.size() == 1 ? "1 table" : names.size() + " tables");
    }
}
