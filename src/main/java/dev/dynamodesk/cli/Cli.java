package dev.dynamodesk.cli;

import dev.dynamodesk.connection.ConnectionProblem;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.WriteGuard;
import java.io.PrintWriter;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The CLI's composition root: the {@code dynamodesk} command and its subcommands, run without a
 * window over the same connections and services as the app. Exit codes: 0 done, 1 failed,
 * 2 the command line was wrong. Errors are one line on stderr; output is data only.
 */
@Command(name = "dynamodesk", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Cli.Version.class,
        description = "Dynamo Desk without a window. With no command, the window opens.",
        subcommands = {ProfilesCommand.class, TablesCommand.class, DescribeCommand.class, ScanCommand.class,
                QueryCommand.class, SqlCommand.class, ExportCommand.class, ImportCommand.class, CopyCommand.class, DiffCommand.class, UpdateCommand.class, DeleteCommand.class,
                RevertCommand.class, JobsCommand.class, EntitiesCommand.class, PatternCommand.class, LocalCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  failed (the reason is on stderr)", "  2  the command line was wrong",
                "", "Run 'dynamodesk COMMAND --help' for a command's options."})
public final class Cli implements Runnable {
    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final CliEnvironment environment;
    /** What the failure messages name: the connection being opened or open (null before any). */
    private volatile ConnectionProfile opening;

    public Cli(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String[] args, CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new Cli(environment));
        commandLine.setAllowSubcommandsAsOptionParameters(true); // "--profile local" names the built-in Local
        commandLine.setOut(new PrintWriter(environment.out(), true));
        commandLine.setErr(new PrintWriter(environment.err(), true));
        Cli root = commandLine.getCommand();
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> report(failure, line, root.opening));
        commandLine.setParameterExceptionHandler((failure, args2) -> {
            CommandLine.Model.CommandSpec command = failure.getCommandLine().getCommandSpec();
            boolean unknownCommand = failure instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !command.subcommands().isEmpty() && !unmatched.getUnmatched().isEmpty()
                    && !unmatched.getUnmatched().get(0).startsWith("-");
            environment.err().println(command.qualifiedName() + ": " + (unknownCommand
                    ? "unknown command '" + ((CommandLine.UnmatchedArgumentException) failure).getUnmatched().get(0) + "'"
                    : failure.getMessage().strip()) + " (see '" + command.qualifiedName() + " --help')");
            return CliFailure.USAGE;
        });
        return commandLine.execute(args);
    }

    private static int report(Exception failure, CommandLine line, ConnectionProfile connection) {
        String name = line.getCommandSpec().qualifiedName();
        int code = failure instanceof CliFailure cli ? cli.exitCode() : CliFailure.ERROR;
        line.getErr().println(name + ": " + oneLine(message(failure, connection)));
        return code;
    }

    static String message(Throwable failure) {
        return message(failure, null);
    }

    /** The message for a failure; {@code connection} (may be null) names the endpoint and credentials. */
    static String message(Throwable failure, ConnectionProfile connection) {
        if (failure instanceof CliFailure || failure instanceof WriteGuard.ReadOnlyException
                || failure instanceof CancellationException) {
            return failure.getMessage();
        }
        if (failure instanceof SdkException) {
            ConnectionProblem problem = ConnectionProblem.of(failure,
                    connection == null ? "the connection's credentials" : connection.credentials().describe(),
                    connection == null ? "the endpoint" : endpointName(connection));
            if (problem.kind() != ConnectionProblem.Kind.OTHER) {
                return problem.message();
            }
        }
        return ErrorMessages.summary(failure);
    }

    /** The endpoint a connection talks to, as a user would recognise it. */
    static String endpointName(ConnectionProfile connection) {
        return connection.endpoint() != null ? connection.endpoint().toString()
                : "DynamoDB in " + connection.region() + " (dynamodb." + connection.region() + ".amazonaws.com)";
    }

    private static String oneLine(String text) {
        return text == null ? "failed" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public void run() {
        // Only reached with options and no command: the window is opened by Main with no arguments at all.
        throw CliFailure.usage("Give a command: " + String.join(", ", spec.subcommands().keySet())
                + ". Run 'dynamodesk --help'.");
    }

    CliEnvironment environment() {
        return environment;
    }

    /** Opens the connection the global options name, for a command of a few calls. */
    CliConnection open() {
        return open(false);
    }

    /** The same for a command that streams many requests (export, import): a pooled HTTP client. */
    CliConnection openForBulk() {
        return open(true);
    }

    /** Opens a second connection (a copy's target, a diff's other side) named by {@code other}, for streaming. */
    CliConnection openOther(ConnectionOptions other) {
        return CliConnection.open(other, environment, profile -> { }, true);
    }

    /** Options naming the same connection as the global ones, with these changes (null keeps one). */
    ConnectionOptions otherConnection(String profile, String endpoint, String region) {
        ConnectionOptions other = new ConnectionOptions();
        boolean named = profile != null || endpoint != null;
        other.profile = profile != null ? profile : endpoint != null ? null : connection.profile;
        other.endpoint = endpoint != null ? endpoint : named ? null : connection.endpoint;
        other.region = region != null ? region : connection.region;
        return other;
    }

    private CliConnection open(boolean bulk) {
        CliConnection opened = CliConnection.open(connection, environment, profile -> opening = profile, bulk);
        opening = opened.profile();
        return opened;
    }

    /** The version written into the jar's manifest by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Dynamo Desk " + version()};
        }
    }

    public static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
