package dev.dynamodesk;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import dev.dynamodesk.cli.Cli;
import dev.dynamodesk.cli.CliEnvironment;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Entry point. With no arguments it opens the window; with a subcommand it runs without one.
 * It does not extend {@code Application}, so {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Before anything logs: the log file lives in the user's log folder.
        System.setProperty("dynamodesk.logDir", AppDirectories.forCurrentUser().logDir().toString());
        if (args.length > 0) {
            // A command reports its own errors in one line; log lines would only get in the way.
            System.setProperty("dynamodesk.consoleLevel", "OFF");
        }
        // The window (or the command) starts while logging sets itself up on another core: a
        // logger asked for meanwhile records its lines and hands them over once logging is ready
        // (SLF4J's own substitute loggers), so nothing is lost.
        // SLF4J would tell stderr each time it replays those lines: nothing for the user to act on.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        bridgeJavaUtilLogging();
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "logging-setup");
        logging.setDaemon(true);
        logging.start();
        if (args.length == 0) {
            DynamoDeskApp.launchGui(args);
            return;
        }
        System.exit(Cli.run(args, CliEnvironment.ofProcess()));
    }

    /** JavaFX logs through java.util.logging; its lines go to the same log file as everything else. */
    private static void bridgeJavaUtilLogging() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
