package dev.dynamodesk.testing;

import dev.dynamodesk.connection.ClientTimeouts;
import dev.dynamodesk.connection.DynamoClientFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB server the differential tests run against: DynamoDB Local in this JVM (always), or
 * an independent implementation started as a process: dynalite (Node.js) and moto (Python). When
 * an optional one cannot be started, {@link #start} aborts the tests with the reason: a skip,
 * never a pass.
 */
public final class Backend implements AutoCloseable {
    /** What the backends differ in. */
    public enum Kind {
        DYNAMODB_LOCAL(true, true), DYNALITE(false, false), MOTO(true, false);

        private final boolean partiql;
        private final boolean partiqlWhere;

        Kind(boolean partiql, boolean partiqlWhere) {
            this.partiql = partiql;
            this.partiqlWhere = partiqlWhere;
        }

        /** Whether it answers ExecuteStatement at all (dynalite: UnknownOperationException). */
        public boolean partiql() {
            return partiql;
        }

        /**
         * Whether its PartiQL filters by WHERE. moto's (py-partiql-parser) matches no item once items
         * hold a map: {@code WHERE pk = 'p7'} gave 0 of 10 items, checked with boto3 alone.
         */
        public boolean partiqlWhere() {
            return partiqlWhere;
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Kind kind;
    private final URI endpoint;
    private final DynamoDbClient client;
    private final AutoCloseable server;

    private Backend(Kind kind, URI endpoint, AutoCloseable server) {
        this.kind = kind;
        this.endpoint = endpoint;
        this.server = server;
        this.client = new DynamoClientFactory(new ClientTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60),
                Duration.ofSeconds(120), 4)).create("us-east-1", endpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("differential", "tests")));
    }

    public static Backend start(Kind kind) {
        return switch (kind) {
            case DYNAMODB_LOCAL -> local();
            case DYNALITE -> dynalite();
            case MOTO -> moto();
        };
    }

    private static Backend local() {
        try {
            var server = dev.dynamodesk.local.EmbeddedDynamoLocal.start(new dev.dynamodesk.local.EmbeddedDynamoLocal.InMemory(), 0,
                    LocalDynamo.nativeDir());
            return new Backend(Kind.DYNAMODB_LOCAL, server.endpoint(), server);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
    }

    /**
     * dynalite from {@code target/dynalite} (where {@code .ci/run} installs it), installed there with
     * npm when missing; the tests skip only when npm itself is not there.
     */
    private static Backend dynalite() {
        Path home = Path.of("target", "dynalite").toAbsolutePath();
        Path cli = home.resolve("node_modules/dynalite/cli.js");
        if (!Files.exists(cli)) {
            if (!commandWorks("npm", "--version")) {
                throw new TestAbortedException("dynalite is not installed and there is no npm to install it (.ci/run installs both)");
            }
            try {
                Files.createDirectories(home);
                run(home, Duration.ofMinutes(3), "npm", "install", "--no-audit", "--no-fund", "--prefix", home.toString(), "dynalite@4");
            } catch (IOException e) {
                throw new IllegalStateException("npm install dynalite@4 failed", e);
            }
        }
        int port = freePort();
        Process process = startProcess(home, "node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0");
        return new Backend(Kind.DYNALITE, awaitPort(process, port, "dynalite"), process::destroyForcibly);
    }

    /** moto's server, installed on these machines with pip; skipped with the reason where it is not. */
    private static Backend moto() {
        if (!commandWorks("python3", "-c", "import moto.server")) {
            throw new TestAbortedException("moto is not installed here (python3 -c 'import moto.server' failed)");
        }
        int port = freePort();
        Process process = startProcess(Path.of("target").toAbsolutePath(), "python3", "-m", "moto.server", "-H", "127.0.0.1",
                "-p", Integer.toString(port));
        return new Backend(Kind.MOTO, awaitPort(process, port, "moto"), process::destroyForcibly);
    }

    public Kind kind() {
        return kind;
    }

    public URI endpoint() {
        return endpoint;
    }

    public DynamoDbClient client() {
        return client;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    @Override
    public void close() throws Exception {
        client.close();
        server.close();
    }

    static boolean commandWorks(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void run(Path directory, Duration timeout, String... command) throws IOException {
        Path log = Files.createTempFile("backend-install", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private static final List<Process> STARTED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (STARTED) {
                STARTED.forEach(Process::destroyForcibly);
            }
        }));
    }

    private static Process startProcess(Path directory, String... command) {
        try {
            Path log = Files.createTempFile("backend", ".log");
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            synchronized (STARTED) {
                STARTED.add(process);
            }
            return process;
        } catch (IOException e) {
            throw new TestAbortedException(command[0] + " could not be started: " + e.getMessage());
        }
    }

    private static URI awaitPort(Process process, int port, String name) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it listened");
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return URI.create("http://127.0.0.1:" + port);
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not listen on port " + port + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
