package dev.dynamodesk.local;

import dev.dynamodesk.dynamo.TransactionalWriter;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * Fills a new embedded DynamoDB Local with sample tables, so a first-time user sees real-looking
 * data at once. Runs in two steps: the small tables (a second or two), then the 20,000-item
 * Events table in the background with progress. Only a database with no tables and no record of
 * earlier seeding is seeded; an interrupted run resumes with the next event.
 */
public final class SampleDataSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(SampleDataSeeder.class);
    public static final int DEFAULT_EVENT_COUNT = 20_000;
    private static final int EVENTS_PER_STEP = 500;

    private final DynamoDbClient client;
    private final TransactionalWriter writer;
    private final SeedStateStore stateStore;
    private final int eventCount;

    /** What a database still needs. */
    public enum Need { NOTHING, EVERYTHING, EVENTS }

    public SampleDataSeeder(DynamoDbClient client, SeedStateStore stateStore, int eventCount) {
        this.client = client;
        // Only ever against the embedded Local, where transactions load several times faster.
        this.writer = new TransactionalWriter(client);
        this.stateStore = stateStore;
        this.eventCount = eventCount;
    }

    public Need need() {
        var state = stateStore.load();
        if (state.isPresent()) {
            return state.get().complete() ? Need.NOTHING : Need.EVENTS;
        }
        // No record and no tables: a fresh database. Tables but no record: the user's own data.
        return client.listTables(b -> b.limit(1)).tableNames().isEmpty() ? Need.EVERYTHING : Need.NOTHING;
    }

    public int eventCount() {
        return eventCount;
    }

    /** Step one: creates all sample tables and fills the small ones. Returns the tables created. */
    public List<String> createTablesAndSmallItems() throws IOException {
        return createTablesAndSmallItems(table -> { });
    }

    /** The same, telling {@code exists} each table's name as soon as it is created (before its items). */
    public List<String> createTablesAndSmallItems(Consumer<String> exists) throws IOException {
        List<String> created = new ArrayList<>();
        for (String table : SampleTables.ALL) {
            if (create(table)) {
                created.add(table);
                exists.accept(table);
            }
        }
        for (String table : SampleTables.SMALL_TABLES) {
            if (created.contains(table)) {
                writer.putAll(table, readSample(table), () -> false, count -> { });
            }
        }
        stateStore.save(new SeedState(created.contains(SampleTables.EVENTS) ? 0 : eventCount, eventCount));
        LOG.info("Created sample tables {}", created);
        return created;
    }

    /**
     * Step two: writes the Events items not yet written, reporting the running total.
     * Cancelling keeps what was written; the next start continues from there.
     */
    public void writeEvents(BooleanSupplier cancelled, LongConsumer written) {
        SeedState state = stateStore.load().orElse(new SeedState(0, eventCount));
        long next = state.eventsWritten();
        long total = state.eventsTotal();
        written.accept(next);
        while (next < total) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Sample events stopped at " + next + " of " + total);
            }
            long end = Math.min(total, next + EVENTS_PER_STEP);
            List<Item> items = new ArrayList<>((int) (end - next));
            for (long i = next; i < end; i++) {
                items.add(SampleEvents.item(i));
            }
            long base = next;
            writer.putAll(SampleTables.EVENTS, items, cancelled, count -> written.accept(base + count));
            next = end;
            stateStore.save(new SeedState(next, total));
        }
        LOG.info("Sample Events table holds {} items", total);
    }

    private boolean create(String table) {
        try {
            client.createTable(SampleTables.definition(table));
            if (table.equals(SampleTables.EVENTS)) {
                // Events expire 90 days after they happen, as a real events table's would: the grid shows when.
                client.updateTimeToLive(b -> b.tableName(table).timeToLiveSpecification(t -> t.attributeName("expiresAt").enabled(true)));
            }
            return true;
        } catch (ResourceInUseException alreadyThere) {
            return false;
        }
    }

    static List<Item> readSample(String table) throws IOException {
        String resource = "samples/" + table + ".jsonl";
        try (InputStream in = SampleDataSeeder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Sample data " + resource + " is missing from the application");
            }
            List<Item> items = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    try {
                        items.add(DynamoJson.parseItem(line));
                    } catch (DynamoJsonException e) {
                        throw new IOException(resource + " line " + lineNumber + ": " + e.getMessage(), e);
                    }
                }
            }
            return items;
        }
    }
}
