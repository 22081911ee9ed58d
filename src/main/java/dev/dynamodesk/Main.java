package dev.dynamodesk;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.ui.shell.DynamoDeskApp;
import java.io.PrintStream;
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
        // JavaFX logs through java.util.logging; send it to the same log file as everything else.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (args.length == 0) {
            DynamoDeskApp.launchGui(args);
            return;
        }
        System.exit(runCommand(args, System.out, System.err));
    }

    static int runCommand(String[] args, PrintStream out, PrintStream err) {
        switch (args[0]) {
            case "--version", "-V" -> {
                out.println("Dynamo Desk " + version());
                return 0;
            }
            case "--help", "-h", "help" -> {
                out.println(usage());
                return 0;
            }
            default -> {
                err.println("dynamodesk: unknown command '" + args[0] + "'. Run with --help for the commands.");
                return 2;
            }
        }
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: dynamodesk            open the Dynamo Desk window",
                "       dynamodesk --version  print the version",
                "       dynamodesk --help     print this help",
                "",
                "Headless commands (tables, scan, export, import, local start...) are coming; until then",
                "use the window.");
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
