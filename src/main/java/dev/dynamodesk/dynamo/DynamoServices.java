package dev.dynamodesk.dynamo;

import dev.dynamodesk.dynamo.admin.TableAdmin;
import dev.dynamodesk.dynamo.items.ItemSaver;
import dev.dynamodesk.dynamo.partiql.PartiqlRunner;
import dev.dynamodesk.dynamo.partiql.StatementGroups;
import dev.dynamodesk.dynamo.partiql.TableSchemas;
import dev.dynamodesk.dynamo.query.ItemCounter;
import dev.dynamodesk.dynamo.query.MatchCounter;
import dev.dynamodesk.dynamo.query.ItemReader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The services of one open connection, sharing its client. Closing it closes the client. The
 * table list, the count and the table details are reached through small interfaces
 * ({@link TableCatalog}, {@link MatchCounter}, {@link TableDetailsReader}) that a test may replace
 * ({@link #replacing}), so view models are tested without a server where the behaviour is theirs.
 */
public final class DynamoServices implements AutoCloseable {
    private final DynamoDbClient client;
    private final TableCatalog tables;
    private final ItemReader reader;
    private final MatchCounter counter;

    private final WriteGuard guard;
    private final TableDetailsReader describer;
    private final TableAdmin admin;
    private final ItemSaver saver;
    private final ItemDeleter deleter;
    private final PartiqlRunner partiql;
    private final StatementGroups statementGroups;
    private final TableSchemas schemas;

    /** Services allowing writes (the embedded Local, tests). */
    public DynamoServices(DynamoDbClient client) {
        this(client, WriteGuard.allowingWrites());
    }

    public DynamoServices(DynamoDbClient client, WriteGuard guard) {
        this(client, guard, null, null, null);
    }

    /** Where a part is null, the one that asks DynamoDB through {@code client}. */
    private DynamoServices(DynamoDbClient client, WriteGuard guard, TableCatalog tables, MatchCounter counter,
            TableDetailsReader describer) {
        TableService service = new TableService(client);
        this.client = client;
        this.guard = guard;
        this.tables = tables != null ? tables : service;
        this.deleter = new ItemDeleter(new BatchWriter(client), guard);
        this.describer = describer != null ? describer : new TableDescriber(client, service);
        this.admin = new TableAdmin(client, guard);
        this.saver = new ItemSaver(client, guard);
        this.reader = new ItemReader(client);
        this.counter = counter != null ? counter : new ItemCounter(client);
        this.partiql = new PartiqlRunner(client, guard, this.tables::listTableNames);
        this.statementGroups = new StatementGroups(partiql);
        this.schemas = new TableSchemas(client, service);
    }

    /**
     * For tests: these services with the given parts in place of their own (null keeps a part);
     * everything else still goes to this connection's client.
     */
    public DynamoServices replacing(TableCatalog tables, MatchCounter counter, TableDetailsReader describer) {
        return new DynamoServices(client, guard, tables != null ? tables : this.tables,
                counter != null ? counter : this.counter, describer != null ? describer : this.describer);
    }

    public TableCatalog tables() {
        return tables;
    }

    public ItemReader reader() {
        return reader;
    }

    public MatchCounter counter() {
        return counter;
    }

    public ItemSaver saver() {
        return saver;
    }

    public TableAdmin admin() {
        return admin;
    }

    public TableDetailsReader describer() {
        return describer;
    }

    public ItemDeleter deleter() {
        return deleter;
    }

    public PartiqlRunner partiql() {
        return partiql;
    }

    public StatementGroups statementGroups() {
        return statementGroups;
    }

    /** Keys, indexes and sampled attribute names of tables, for the console. */
    public TableSchemas schemas() {
        return schemas;
    }

    /** Imports into tables of this connection, behind its write guard. */
    public dev.dynamodesk.dynamo.transfer.Importer importer() {
        return new dev.dynamodesk.dynamo.transfer.Importer(client, guard);
    }

    /** Whole items by key, read strongly consistent. */
    public ItemsByKey itemsByKey() {
        return new ItemsByKey(client);
    }

    /** Copies into tables of this connection (behind its write guard) from what {@code source} reads. */
    public dev.dynamodesk.dynamo.copy.TableCopier copierFrom(ItemReader source) {
        return new dev.dynamodesk.dynamo.copy.TableCopier(source, client, guard);
    }

    /** Bulk changes, deletes and reverts on this connection, behind its write guard. */
    public dev.dynamodesk.dynamo.bulk.BulkChanges bulk() {
        return new dev.dynamodesk.dynamo.bulk.BulkChanges(client, reader, guard);
    }

    /** A table's operational settings (streams, TTL, PITR, backups, tags, policy…), each as the endpoint answers. */
    public dev.dynamodesk.dynamo.ops.OperationsReader operations() {
        return new dev.dynamodesk.dynamo.ops.OperationsReader(client);
    }

    /** DynamoDB's own exports to S3 and imports from it, started and followed. */
    public dev.dynamodesk.dynamo.ops.S3Jobs s3Jobs() {
        return new dev.dynamodesk.dynamo.ops.S3Jobs(client, guard);
    }

    /** Sends operations (previewed first), behind this connection's write guard. */
    public dev.dynamodesk.dynamo.ops.OperationSender operationSender() {
        return new dev.dynamodesk.dynamo.ops.OperationSender(client, guard);
    }

    /**
     * Follows {@code streamArn}; {@code streamsClient} makes a DynamoDB Streams client like this
     * connection's (the connection layer knows how), closed with the tail's caller.
     */
    public dev.dynamodesk.dynamo.ops.StreamTail streamTail(
            java.util.function.Function<DynamoDbClient, software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient> streamsClient,
            String streamArn, boolean fromOldest) {
        return new dev.dynamodesk.dynamo.ops.StreamTail(streamsClient.apply(client), streamArn, fromOldest);
    }

    public WriteGuard guard() {
        return guard;
    }

    @Override
    public void close() {
        client.close();
    }
}
