package dev.dynamodesk.ui.shell;

import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long the start took, in lines the start-up benchmark reads: the window shown, and the
 * built-in Local's tables listed. With {@code -Ddynamodesk.exitWhenReady=true} the app closes once
 * the tables are listed: the benchmark's runs, and the packaging's training run that records which
 * classes a start loads (the app image's class data archive).
 */
final class StartupTimes {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimes.class);
    static final String EXIT_WHEN_READY = "dynamodesk.exitWhenReady";

    private StartupTimes() {
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static void windowShown() {
        LOG.info("Window shown {} ms after the JVM started", sinceJvmStart());
    }

    /** Logs the first time the connection lists its tables (and closes the app when asked to). */
    static void whenTablesListed(ConnectionViewModel connection) {
        connection.tables().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends String> change) {
                if (connection.tables().isEmpty()) {
                    return;
                }
                connection.tables().removeListener(this);
                LOG.info("Tables listed {} ms after the JVM started ({} tables)", sinceJvmStart(), connection.tables().size());
                if (Boolean.getBoolean(EXIT_WHEN_READY)) {
                    // After the pulse that paints the rows.
                    Platform.runLater(Platform::exit);
                }
            }
        });
    }
}
