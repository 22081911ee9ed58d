package dev.dynamodesk.dynamo.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ClientTimeouts;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.Condition;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ItemArbitraries;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.local.EmbeddedDynamoLocal;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemSource;
import dev.dynamodesk.transfer.ItemSources;
import dev.dynamodesk.transfer.ItemWriters;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Export, then import, of random tables (0 to 3,000 random items of every type, 1 to 16 segments,
 * filters from none to one item): the imported table, read with the SDK's paginator, equals the
 * source's matching items, item by item and by value. Against DynamoDB Local in this JVM.
 */
class ExportImportRoundTripIT {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static EmbeddedDynamoLocal local;
    private static DynamoDbClient client;
    private static DynamoServices services;
    private static Path folder;

    @BeforeContainer
    static void start() throws Exception {
        local = EmbeddedDynamoLocal.start(new EmbeddedDynamoLocal.InMemory(), 0, LocalDynamo.nativeDir());
        client = new DynamoClientFactory(new ClientTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(120), 4))
                .create("us-east-1", local.endpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create("round", "trip")));
        services = new DynamoServices(client);
        folder = Files.createTempDirectory("round-trip");
    }

    @AfterContainer
    static void stop() {
        services.close();
        local.close();
    }

    /** Which items an export takes: all, or a filter the SDK reference applies too. */
    enum Filter { NONE, PREFIX, ONE_ITEM, FLAGGED }

    @Provide
    Arbitrary<List<Item>> tables() {
        // Mostly small tables, one in ten of up to 300 items, one in a hundred of up to 3,000.
        Arbitrary<Integer> sizes = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(90, Arbitraries.integers().between(0, 30)),
                net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(31, 300)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(301, 3_000)));
        Arbitrary<Item> items = ItemArbitraries.items().filter(ExportImportRoundTripIT::acceptedByDynamoDb);
        return sizes.flatMap(size -> items.list().ofSize(size));
    }

    /**
     * What DynamoDB takes: no empty map keys, not too deep (as the app's own check says), and text
     * that is Unicode (a lone surrogate has no UTF-8 form: DynamoDB Local then answers with a
     * checksum that does not match its body).
     */
    private static boolean acceptedByDynamoDb(Item item) {
        if (!java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(dev.dynamodesk.item.DynamoJson.write(item, false))) {
            return false;
        }
        Map<String, dev.dynamodesk.item.DynamoValue> keyed = new LinkedHashMap<>(item.attributes());
        keyed.put("pk", new StringValue("k"));
        return dev.dynamodesk.item.edit.ItemValidation.check(new Item(keyed),
                List.of(new dev.dynamodesk.item.edit.KeySlot("pk", dev.dynamodesk.item.AttributeType.S, true))).isEmpty();
    }

    @Property(tries = 1_000, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void anExportImportedAgainEqualsTheSource(@ForAll("tables") List<Item> items, @ForAll @IntRange(min = 1, max = 16) int segments,
                                              @ForAll Filter filter) throws Exception {
        int number = TABLES.incrementAndGet();
        String source = "Source" + number;
        String target = "Target" + number;
        createTable(source);
        createTable(target);
        RandomTables.load(client, source, items.size(), i -> keyed(items.get(i), i));

        Path file = folder.resolve(source + ".jsonl");
        TableInfo info = services.tables().describe(source);
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll(source).withFilter(ours(filter)), info);
        ExportResult exported = new Exporter(services.reader()).exportToFile(plan, segments, file, ExportFormat.DYNAMODB_JSON_LINES,
                false, out -> ItemWriters.open(ExportFormat.DYNAMODB_JSON_LINES, out, List.of(), false), 0, () -> false, progress -> { });
        Importer.Report imported;
        StringWriter failed = new StringWriter();
        try (ItemSource records = ItemSources.open(file, ExportFormat.DYNAMODB_JSON_LINES, null)) {
            imported = services.importer().run(records, services.tables().describe(target), new Importer.Options(false, 4), failed,
                    () -> false, written -> { });
        }

        List<Map<String, Typed>> expected = reference(source, filter);
        assertThat(exported.items()).isEqualTo(expected.size());
        assertThat(imported.written()).as(imported.describe()).isEqualTo(expected.size());
        assertThat(failed.toString()).isEmpty();
        SameItems.assertSame(items.size() + " items, " + segments + " segments, filter " + filter, expected,
                ReferenceReader.scan(client, target), List.of("pk"));
        client.deleteTable(b -> b.tableName(source));
        client.deleteTable(b -> b.tableName(target));
        Files.delete(file);
    }

    private static void createTable(String name) {
        client.createTable(b -> b.tableName(name).billingMode(software.amazon.awssdk.services.dynamodb.model.BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(software.amazon.awssdk.services.dynamodb.model.KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S)));
    }

    /** The random item under key {@code k<i>}, flagged on every 40th. */
    private static Map<String, AttributeValue> keyed(Item item, int i) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(AttributeValues.fromItem(item));
        attributes.remove("flag");
        attributes.put("pk", AttributeValue.fromS("k" + i));
        if (i % 40 == 7) {
            attributes.put("flag", AttributeValue.fromBool(true));
        }
        return attributes;
    }

    private static List<FilterClause> ours(Filter filter) {
        return switch (filter) {
            case NONE -> List.of();
            case PREFIX -> List.of(FilterClause.and(Condition.of("pk", Operator.BEGINS_WITH, new StringValue("k1"))));
            case ONE_ITEM -> List.of(FilterClause.and(Condition.of("pk", Operator.EQ, new StringValue("k7"))));
            case FLAGGED -> List.of(FilterClause.and(Condition.of("flag", Operator.EXISTS)));
        };
    }

    /** The source's items that match, by the SDK's paginator with the filter written out by hand. */
    private static List<Map<String, Typed>> reference(String table, Filter filter) {
        return ReferenceReader.scan(client, table, request -> switch (filter) {
            case NONE -> request;
            case PREFIX -> request.filterExpression("begins_with(#k, :p)").expressionAttributeNames(Map.of("#k", "pk"))
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("k1")));
            case ONE_ITEM -> request.filterExpression("#k = :p").expressionAttributeNames(Map.of("#k", "pk"))
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("k7")));
            case FLAGGED -> request.filterExpression("attribute_exists(#f)").expressionAttributeNames(Map.of("#f", "flag"));
        });
    }
}
