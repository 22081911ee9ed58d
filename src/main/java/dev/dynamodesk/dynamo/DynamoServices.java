package dev.dynamodesk.dynamo;

import dev.dynamodesk.dynamo.admin.TableAdmin;
import dev.dynamodesk.dynamo.items.ItemSaver;
import dev.dynamodesk.dynamo.partiql.PartiqlRunner;
import dev.dynamodesk.dynamo.partiql.StatementGroups;
import dev.dynamodesk.dynamo.partiql.TableSchemas;
import dev.dynamodesk.dynamo.query.ItemCounter;
import dev.dynamodesk.dynamo.query.ItemReader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The services of one open connection, sharing its client. Closing it closes the client. */
public final class DynamoServices implements AutoCloseable {
    private final DynamoDbClient client;
    private final TableService tables;
    private final ItemReader reader;
    private final ItemCounter counter;

    private final WriteGuard guard;
    private final TableDescriber describer;
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
        this.client = client;
        this.guard = guard;
        this.tables = new TableService(client);
        this.deleter = new ItemDeleter(new BatchWriter(client), guard);
        this.describer = new TableDescriber(client, tables);
        this.admin = new TableAdmin(client, guard);
        this.saver = new ItemSaver(client, guard);
        this.reader = new ItemReader(client);
        this.counter = new ItemCounter(client);
        this.partiql = new PartiqlRunner(client, guard, tables::listTableNames);
        this.statementGroups = new StatementGroups(partiql);
        this.schemas = new TableSchemas(client, tables);
    }

    public TableService tables() {
        return tables;
    }

    public ItemReader reader() {
        return reader;
    }

    public ItemCounter counter() {
        return counter;
    }

    public ItemSaver saver() {
        return saver;
    }

    public TableAdmin admin() {
        return admin;
    }

    public TableDescriber describer() {
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

    public WriteGuard guard() {
        return guard;
    }

    @Override
    public void close() {
        client.close();
    }
}
