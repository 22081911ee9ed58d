package dev.dynamodesk.cli;

import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.local.LocalRuntime;
import dev.dynamodesk.local.LocalStartException;
import dev.dynamodesk.local.RunningLocalFile;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The embedded DynamoDB Local, for other tools. */
@Command(name = "local", description = "The built-in DynamoDB Local.", subcommands = LocalCommand.Start.class)
final class LocalCommand implements Runnable {
    @ParentCommand
    Cli cli;

    @Override
    public void run() {
        throw CliFailure.usage("Say what to do: 'dynamodesk local start'");
    }

    /** Runs DynamoDB Local as a server on 127.0.0.1 until Ctrl+C. */
    @Command(name = "start", description = "Run the built-in DynamoDB Local as a server on 127.0.0.1 until Ctrl+C. "
            + "It holds the same tables as the app's Local connection unless --in-memory.")
    static final class Start implements Runnable {
        @ParentCommand
        LocalCommand local;

        @Option(names = "--port", paramLabel = "N", description = "The port (default 8000; 0 for any free port).")
        int port = 8000;

        @Option(names = "--in-memory", description = "Keep the tables in memory only: nothing is written to disk.")
        boolean inMemory;

        @Override
        public void run() {
            CliEnvironment environment = local.cli.environment();
            if (port < 0 || port > 65_535) {
                throw CliFailure.usage("--port must be between 0 and 65535");
            }
            if (!inMemory) {
                Optional<java.net.URI> running = new RunningLocalFile(environment.directories().localDatabaseDir())
                        .endpointOfLiveServer();
                if (running.isPresent()) {
                    throw CliFailure.error("The built-in DynamoDB Local already runs at " + running.get()
                            + " (in the Dynamo Desk window or another 'local start'); use that endpoint, or pass --in-memory.");
                }
            }
            LocalRuntime runtime;
            try {
                runtime = LocalRuntime.start(environment.directories(), new LocalRuntime.Settings(inMemory, port, 0),
                        new DynamoClientFactory());
            } catch (LocalStartException e) {
                throw CliFailure.error("DynamoDB Local did not start: " + e.getMessage());
            }
            Thread stopOnExit = new Thread(runtime::close, "local-stop");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            environment.out().println("DynamoDB Local is running at " + runtime.endpoint());
            environment.out().println(inMemory ? "Tables are kept in memory only."
                    : "Tables are kept in " + runtime.databaseDir());
            environment.out().println("Any access key and region work; for example:");
            environment.out().println("  aws dynamodb list-tables --endpoint-url " + runtime.endpoint());
            environment.out().println("Press Ctrl+C to stop.");
            environment.out().flush();
            try {
                environment.stop().await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                runtime.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or has run: it closes the runtime itself
                }
            }
        }
    }
}
