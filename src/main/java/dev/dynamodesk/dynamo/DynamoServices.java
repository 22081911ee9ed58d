package dev.dynamodesk.dynamo;

import dev.dynamodesk.dynamo.query.ItemCounter;
import dev.dynamodesk.dynamo.query.ItemReader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The services of one open connection, sharing its client. Closing it closes the client. */
public final class DynamoServices implements AutoCloseable {
    private final DynamoDbClient client;
    private final TableService tables;
    private final ItemReader reader;
    private final ItemCounter counter;

    public DynamoServices(DynamoDbClient client) {
        this.client = client;
        this.tables = new TableService(client);
        this.reader = new ItemReader(client);
        this.counter = new ItemCounter(client);
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

    @Override
    public void close() {
        client.close();
    }
}
