package dev.dynamodesk.local;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DynamoDB Local running inside this JVM, listening on a loopback port only.
 *
 * <p>We build the HTTP server ourselves instead of using DynamoDB Local's command-line runner:
 * the runner listens on every interface, refuses port 0, and sends telemetry. Here Jetty binds
 * 127.0.0.1 on a free port with daemon threads, and {@link #close()} shuts down both the server
 * and DynamoDB Local's request handlers (whose job threads otherwise keep the JVM alive).
 *
 * <p>The database is shared by every access key and region ({@code -sharedDb}), so tools pointed
 * at this endpoint with any credentials see the same tables as the app.
 */
public final class EmbeddedDynamoLocal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDynamoLocal.class);
    /** DynamoDB Local's shared database file when started with {@code -sharedDb}. */
    public static final String SHARED_DB_FILE = "shared-local-instance.db";

    private final Server server;
    private final LocalDynamoDBRequestHandler requestHandler;
    private final URI endpoint;
    private final Storage storage;
    private boolean closed;

    /** Where the tables live: in memory (tests) or in files under a folder (the app). */
    public sealed interface Storage permits InMemory, OnDisk {
    }

    public record InMemory() implements Storage {
    }

    public record OnDisk(Path directory) implements Storage {
        public OnDisk {
            Objects.requireNonNull(directory, "directory");
        }
    }

    private EmbeddedDynamoLocal(Server server, LocalDynamoDBRequestHandler requestHandler, URI endpoint, Storage storage) {
        this.server = server;
        this.requestHandler = requestHandler;
        this.endpoint = endpoint;
        this.storage = storage;
    }

    /**
     * Starts DynamoDB Local. {@code port} 0 picks a free port. {@code nativeDir} is where the SQLite
     * native library is installed once. Blocks for about a second: call it off the FX thread.
     */
    public static EmbeddedDynamoLocal start(Storage storage, int port, Path nativeDir) throws LocalStartException {
        try {
            SqliteNatives.install(nativeDir);
        } catch (IOException e) {
            throw new LocalStartException("Could not install the SQLite library DynamoDB Local needs into "
                    + nativeDir + ": " + e.getMessage(), e);
        }
        boolean inMemory = storage instanceof InMemory;
        String dbPath = null;
        if (storage instanceof OnDisk onDisk) {
            try {
                Files.createDirectories(onDisk.directory());
            } catch (IOException e) {
                throw new LocalStartException("Could not create the database folder " + onDisk.directory()
                        + ": " + e.getMessage(), e);
            }
            dbPath = onDisk.directory().toAbsolutePath().toString();
        }

        LocalDynamoDBRequestHandler requestHandler;
        try {
            requestHandler = new LocalDynamoDBRequestHandler(0, inMemory, dbPath, true, false);
        } catch (RuntimeException | LinkageError e) {
            throw new LocalStartException("DynamoDB Local could not open its database: " + describe(e), e);
        }
        // An empty CORS list: web pages in a browser must not reach the user's local database.
        LocalDynamoDBServerHandler handler = new LocalDynamoDBServerHandler(requestHandler, "");

        QueuedThreadPool threads = new QueuedThreadPool(32, 2);
        threads.setName("dynamodb-local");
        threads.setDaemon(true);
        Server server = new Server(threads);
        server.addBean(new ScheduledExecutorScheduler("dynamodb-local-scheduler", true), true);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(handler);
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server, requestHandler);
            throw new LocalStartException("DynamoDB Local could not listen on 127.0.0.1"
                    + (port == 0 ? "" : ":" + port) + ": " + describe(e), e);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + connector.getLocalPort());
        LOG.info("DynamoDB Local started at {} ({})", endpoint, inMemory ? "in memory" : dbPath);
        return new EmbeddedDynamoLocal(server, requestHandler, endpoint, storage);
    }

    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return endpoint.getPort();
    }

    public Storage storage() {
        return storage;
    }

    /** Stops the server and DynamoDB Local's workers; leaves no threads and no open port. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopQuietly(server, requestHandler);
        LOG.info("DynamoDB Local at {} stopped", endpoint);
    }

    private static void stopQuietly(Server server, LocalDynamoDBRequestHandler requestHandler) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Stopping DynamoDB Local's HTTP server failed: {}", e.toString());
        }
        try {
            interruptBackgroundJobs(requestHandler);
            requestHandler.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("Shutting down DynamoDB Local's database failed: {}", e.toString());
        }
    }

    /**
     * DynamoDB Local's {@code shutdown()} lets running background jobs finish, and its stream
     * shard-rollover job sleeps for minutes on a non-daemon thread, holding the JVM open after the
     * window closes. Its per-database clients offer {@code shutdownNow()}, which interrupts them,
     * but the handler keeps them in a private map, so we reach them by reflection. If a later
     * DynamoDB Local renames the field, we log it and fall back to the plain shutdown.
     */
    private static void interruptBackgroundJobs(LocalDynamoDBRequestHandler requestHandler) {
        try {
            Field field = LocalDynamoDBRequestHandler.class.getDeclaredField("dbRequestHandlers");
            field.setAccessible(true);
            Map<?, ?> databases = (Map<?, ?>) field.get(requestHandler);
            for (Object database : databases.values()) {
                if (database instanceof AmazonDynamoDBLocal local) {
                    local.shutdownNow();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Could not interrupt DynamoDB Local's background jobs ({}); they end on their own", e.toString());
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
