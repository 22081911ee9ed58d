package dev.dynamodesk.ui.shell;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.ConnectionOpener;
import dev.dynamodesk.connection.ConnectionTester;
import dev.dynamodesk.connection.CredentialsResolver;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.connection.ProfileStore;
import dev.dynamodesk.connection.SecretStore;
import dev.dynamodesk.connection.SecretStores;
import dev.dynamodesk.connection.SsoLogin;
import dev.dynamodesk.ui.connection.ConnectionActions;
import dev.dynamodesk.ui.connection.ConnectionManager;
import dev.dynamodesk.ui.connection.FxMfaPrompt;
import java.util.concurrent.CompletableFuture;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import dev.dynamodesk.ui.connection.EmbeddedLocalStarter;
import java.net.URI;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GUI's composition root: builds the services and views, shows the window, then starts the
 * embedded DynamoDB Local in the background, so the window paints before any I/O.
 */
public final class DynamoDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoDeskApp.class);

    private final AppOptions options;
    /** Started by {@link #launchGui} before the toolkit, so the files are read while it starts. */
    private static volatile CompletableFuture<StartupFiles> filesReadEarly;
    /** The options {@link #launchGui} read the files with: the instance JavaFX makes uses the same. */
    private static volatile AppOptions launchOptions;

    private SettingsKeeper settings;
    private QueryLibraryFile queries;
    private ConsoleLibraryFile consoles;
    private TaskRunner tasks;
    private MainWindow window;
    private EmbeddedLocalStarter local;
    private ProfileStore.Loaded savedConnections;
    private ProfileStore profiles;

    /** Used by {@link Application#launch}: options from system properties. */
    public DynamoDeskApp() {
        this(launchOptions != null ? launchOptions : AppOptions.fromSystemProperties());
    }

    public DynamoDeskApp(AppOptions options) {
        this.options = options;
    }

    public static void launchGui(String[] args) {
        launchOptions = AppOptions.fromSystemProperties();
        filesReadEarly = StartupFiles.readInBackground(launchOptions.directories());
        Application.launch(DynamoDeskApp.class, args);
    }

    /** Runs on the launcher thread, not the FX thread: the place to read files before the window. */
    @Override
    public void init() {
        CompletableFuture<StartupFiles> early = filesReadEarly;
        filesReadEarly = null;
        StartupFiles files = early != null ? early.join() : StartupFiles.read(options.directories());
        settings = files.settings();
        queries = files.queries();
        consoles = files.consoles();
        profiles = files.profiles();
        savedConnections = files.savedConnections();
    }

    @Override
    public void start(Stage stage) {
        if (settings == null) {
            init();
        }
        tasks = TaskRunner.background();
        queries.saveWith(tasks);
        consoles.saveWith(tasks);
        window = new MainWindow(stage, tasks, settings, queries, consoles, options.grid(),
                options.directories().dataDir().resolve("journals"));
        ConnectionViewModel localConnection = new ConnectionViewModel(ConnectionProfile.builtInLocal(), tasks);
        window.addConnection(localConnection);
        StartupTimes.whenTablesListed(localConnection);
        ConnectionManager connections = connectionManager(stage);
        connections.showSaved(savedConnections.profiles());
        stage.show();
        window.showGettingStartedOnFirstRun();
        StartupTimes.windowShown();
        settings.loadProblem().ifPresent(window::showWarning);
        queries.loadProblem().ifPresent(window::showWarning);
        consoles.loadProblem().ifPresent(window::showWarning);
        savedConnections.problem().ifPresent(window::showWarning);

        local = new EmbeddedLocalStarter(options.directories(), options.local(), new DynamoClientFactory(),
                tasks, localConnection);
        // After this pulse has painted the window.
        Platform.runLater(local::start);
    }

    /**
     * The saved connections' services. The keychain is looked for in the background (it may take
     * seconds where there is none); nothing here touches the network.
     */
    private ConnectionManager connectionManager(Stage stage) {
        // Looked for once the window has painted: opening the keychain loads JNA and D-Bus.
        CompletableFuture<SecretStore> secrets = new CompletableFuture<>();
        Platform.runLater(() -> SecretStores.detect().thenAccept(secrets::complete));
        CredentialsResolver credentials = new CredentialsResolver(options.aws(), secrets::join, new FxMfaPrompt(() -> stage), null);
        ConnectionOpener opener = new ConnectionOpener(credentials, new DynamoClientFactory());
        ConnectionManager manager = new ConnectionManager(tasks, window.connections(), profiles, opener,
                new ConnectionTester(opener, null), secrets, window::showWarning);
        window.useConnectionActions(new ConnectionActions(tasks, manager, new SsoLogin(options.aws()), () -> stage));
        return manager;
    }

    @Override
    public void stop() {
        try {
            if (window != null) {
                window.rememberLayout();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not remember the window layout", e);
        }
        if (queries != null) {
            queries.saveNow();
        }
        if (consoles != null) {
            consoles.saveNow();
        }
        if (local != null) {
            local.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        LOG.info("Dynamo Desk stopped");
    }

    /** For tests: the built-in Local's endpoint once it runs. */
    public Optional<URI> localEndpoint() {
        return local == null ? Optional.empty() : local.endpoint();
    }
}
