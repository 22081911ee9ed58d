package dev.dynamodesk.cli;

import dev.dynamodesk.config.AppDirectories;
import dev.dynamodesk.connection.AwsConfigFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * What the commands run against: the streams, whether a person is at a terminal (progress bars
 * and questions only then), the app's folders and the AWS files. Tests give their own.
 *
 * @param stop counted down to stop a long-running command ({@code local start}); Ctrl+C also stops it
 */
public record CliEnvironment(PrintStream out, PrintStream err, InputStream in, boolean terminal,
                             AppDirectories directories, AwsConfigFiles aws, CountDownLatch stop) {

    /** The real process: System streams, a terminal when there is a console, the user's folders. */
    public static CliEnvironment ofProcess() {
        return new CliEnvironment(System.out, System.err, System.in, System.console() != null,
                AppDirectories.forCurrentUser(), AwsConfigFiles.fromEnvironment(), new CountDownLatch(1));
    }

    /** Asks a question on stderr and reads one line of the answer (null when input has ended). */
    String ask(String question) {
        err.print(question);
        err.flush();
        try {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
