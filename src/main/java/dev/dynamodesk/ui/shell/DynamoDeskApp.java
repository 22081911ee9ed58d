package dev.dynamodesk.ui.shell;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import dev.dynamodesk.ui.connection.EmbeddedLocalStarter;
import java.lang.management.ManagementFactory;
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
    private SettingsKeeper settings;
    private QueryLibraryFile queries;
    private ConsoleLibraryFile consoles;
    private TaskRunner tasks;
    private MainWindow window;
    private EmbeddedLocalStarter local;

    /** Used by {@link Application#launch}: options from system properties. */
    public DynamoDeskApp() {
        this(AppOptions.fromSystemProperties());
    }

    public DynamoDeskApp(AppOptions options) {
        this.options = options;
    }

    public static void launchGui(String[] args) {
        Application.launch(DynamoDeskApp.class, args);
    }

    /** Runs on the launcher thread, not the FX thread: the place to read files before the window. */
    @Override
    public void init() {
        settings = SettingsKeeper.load(options.directories().settingsFile());
        queries = QueryLibraryFile.load(options.directories().configDir().resolve("queries.json"));
        consoles = ConsoleLibraryFile.load(options.directories().configDir().resolve("console.json"));
    }

    @Override
    public void start(Stage stage) {
        if (settings == null) {
            init();
        }
        tasks = TaskRunner.background();
        queries.saveWith(tasks);
        consoles.saveWith(tasks);
        window = new MainWindow(stage, tasks, settings, queries, consoles, options.grid());
        ConnectionViewModel localConnection = new ConnectionViewModel(ConnectionProfile.builtInLocal(), tasks);
        window.addConnection(localConnection);
        stage.show();
        LOG.info("Window shown {} ms after the JVM started",
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        settings.loadProblem().ifPresent(window::showWarning);
        queries.loadProblem().ifPresent(window::showWarning);
        consoles.loadProblem().ifPresent(window::showWarning);

        local = new EmbeddedLocalStarter(options.directories(), options.local(), new DynamoClientFactory(),
                tasks, localConnection);
        // After this pulse has painted the window.
        Platform.runLater(local::start);
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
