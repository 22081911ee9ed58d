package dev.dynamodesk.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The services of one open connection, sharing its client. Closing it closes the client. */
public final class DynamoServices implements AutoCloseable {
    private final DynamoDbClient client;
    private final TableService tables;
    private final TableScanner scanner;

    public DynamoServices(DynamoDbClient client) {
        this.client = client;
        this.tables = new TableService(client);
        this.scanner = new TableScanner(client);
    }

    public TableService tables() {
        return tables;
    }

    public TableScanner scanner() {
        return scanner;
    }

    @Override
    public void close() {
        client.close();
    }
}
