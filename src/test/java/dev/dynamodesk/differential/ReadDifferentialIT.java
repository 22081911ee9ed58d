package dev.dynamodesk.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.partiql.BoundStatement;
import dev.dynamodesk.dynamo.partiql.StatementResult;
import dev.dynamodesk.dynamo.query.Condition;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.ItemCounter;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.query.SortKeyCondition;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import dev.dynamodesk.ui.browser.GridSettings;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The reading paths other than export, against the SDK's paginator: the builder's scans and
 * queries chunk by chunk (as the grid's "more" reads them), the grid's "All", count, and PartiQL
 * SELECT page by page.
 */
class ReadDifferentialIT {
    static Stream<Arguments> chunkSizes() {
        return Cases.with(1, 100);
    }

    static Stream<Arguments> gridTables() {
        return Cases.with(SharedTables.EMPTY, SharedTables.THREE, SharedTables.LARGE);
    }

    static Stream<Arguments> countSegments() {
        return Cases.with(1, 16);
    }

    static Stream<Arguments> statements() {
        return Cases.with("SELECT * FROM \"Diff1000\"", "SELECT * FROM \"DiffLarge\" WHERE pk = 'p7'",
            "SELECT * FROM \"Diff1000\" WHERE rare = true", "SELECT * FROM \"Diff0\"");
    }

    @AfterAll
    static void figures() {
        SharedTables.printFigures();
    }

    private static List<FilterClause> rare() {
        return List.of(FilterClause.and(Condition.of("rare", Operator.EQ, BoolValue.TRUE)));
    }

    private static List<Map<String, Typed>> typed(List<Item> items) {
        List<Map<String, Typed>> typed = new ArrayList<>();
        items.forEach(item -> typed.add(Typed.item(AttributeValues.fromItem(item))));
        return typed;
    }

    /** Reads chunk after chunk from where the last ended, as the grid's "load more" does. */
    private static List<Item> chunkByChunk(SharedTables tables, QueryPlan plan, int wanted) {
        List<Item> items = new ArrayList<>();
        Item next = null;
        do {
            ItemPage chunk = tables.services().reader().readChunk(plan, next, wanted, () -> false);
            items.addAll(chunk.items());
            next = chunk.lastEvaluatedKey();
        } while (next != null);
        return items;
    }

    @ParameterizedTest(name = "{0}: chunks of {1}")
    @MethodSource("chunkSizes")
    void theBuildersFilteredScanReadsPastEmptyPages(Backend.Kind kind, int chunk) throws Exception {
        SharedTables tables = SharedTables.of(kind);
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll(SharedTables.LARGE).withFilter(rare()), tables.info(SharedTables.LARGE));
        List<Map<String, Typed>> reference = ReferenceReader.scan(tables.backend().client(), SharedTables.LARGE,
                request -> request.filterExpression("#r = :yes").expressionAttributeNames(Map.of("#r", "rare"))
                        .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
        SameItems.assertSame(tables.backend() + " builder scan, chunks of " + chunk, reference, typed(chunkByChunk(tables, plan, chunk)),
                RandomTables.KEYS);
        tables.compared(reference.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dynamodesk.differential.Cases#backends")
    void theBuildersQueryGivesThePartitionInOrder(Backend.Kind kind) throws Exception {
        SharedTables tables = SharedTables.of(kind);
        ItemQuery query = ItemQuery.scanAll(SharedTables.LARGE)
                .withPartition(new StringValue("p7"), SortKeyCondition.of(Operator.BETWEEN, NumberValue.of(1_000), NumberValue.of(20_000)))
                .withFilter(List.of(FilterClause.and(Condition.of("status", Operator.EQ, new StringValue("active")))))
                .withOrder(true, false);
        List<Item> ours = chunkByChunk(tables, QueryPlan.of(query, tables.info(SharedTables.LARGE)), 7);
        List<Map<String, Typed>> reference = ReferenceReader.query(tables.backend().client(), QueryRequest.builder()
                .tableName(SharedTables.LARGE).limit(3)
                .keyConditionExpression("#p = :p AND #s BETWEEN :low AND :high").filterExpression("#st = :active")
                .expressionAttributeNames(Map.of("#p", "pk", "#s", "sk", "#st", "status"))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("p7"), ":low", AttributeValue.fromN("1000"),
                        ":high", AttributeValue.fromN("20000"), ":active", AttributeValue.fromS("active")))
                .scanIndexForward(false).build());
        assertThat(reference).isNotEmpty();
        SameItems.assertSame(tables.backend() + " builder query", reference, typed(ours), RandomTables.KEYS);
        assertThat(typed(ours).stream().map(item -> item.get("sk")).toList())
                .isEqualTo(reference.stream().map(item -> item.get("sk")).toList());
        tables.compared(reference.size());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("gridTables")
    void theGridsAllLoadsEveryItemOnce(Backend.Kind kind, String table) {
        SharedTables tables = SharedTables.of(kind);
        ItemGridViewModel grid = new ItemGridViewModel(table, ConnectionProfile.builtInLocal().withEndpoint(tables.backend().endpoint()),
                tables.services(), TaskRunner.synchronous(), new GridSettings(1_000, 40_000, 4));
        grid.open();
        grid.loadAll();
        assertThat(grid.errorProperty().get()).isNull();
        List<Map<String, Typed>> reference = tables.reference(table);
        SameItems.assertSame(tables.backend() + " grid All of " + table, reference, typed(new ArrayList<>(grid.rows())), RandomTables.KEYS);
        assertThat(grid.hasMoreProperty().get()).isFalse();
        tables.compared(reference.size());
    }

    @ParameterizedTest(name = "{0}: {1} segments")
    @MethodSource("countSegments")
    void aCountCountsEveryMatch(Backend.Kind kind, int segments) throws Exception {
        SharedTables tables = SharedTables.of(kind);
        dev.dynamodesk.dynamo.query.MatchCounter counter = tables.services().counter();
        QueryPlan all = QueryPlan.of(ItemQuery.scanAll(SharedTables.LARGE), tables.info(SharedTables.LARGE));
        assertThat(counter.count(all, segments, () -> false, count -> { }).matched()).isEqualTo(tables.reference(SharedTables.LARGE).size());
        QueryPlan rare = QueryPlan.of(ItemQuery.scanAll(SharedTables.LARGE).withFilter(rare()), tables.info(SharedTables.LARGE));
        ItemCounter.Count sparse = counter.count(rare, segments, () -> false, count -> { });
        assertThat(sparse.matched()).isEqualTo(tables.rareCount());
        assertThat(sparse.scanned()).isEqualTo(tables.largeSize());
        tables.compared(tables.largeSize());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("statements")
    void aPartiqlSelectPagesThroughEveryItem(Backend.Kind kind, String statement) {
        SharedTables tables = SharedTables.of(kind);
        assumeTrue(tables.backend().kind().partiql(), tables.backend() + " has no PartiQL");
        assumeTrue(!statement.contains("WHERE") || tables.backend().kind().partiqlWhere(),
                tables.backend() + "'s PartiQL finds nothing with WHERE once items hold maps");
        List<Item> ours = new ArrayList<>();
        String token = null;
        do {
            StatementResult page = tables.services().partiql().execute(BoundStatement.of(statement), token, 97, () -> false);
            ours.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        String table = statement.contains("Diff1000") ? SharedTables.THOUSAND : statement.contains("Diff0") ? SharedTables.EMPTY
                : SharedTables.LARGE;
        List<Map<String, Typed>> reference = tables.reference(table).stream()
                .filter(item -> !statement.contains("p7") || item.get("pk").value().equals("p7"))
                .filter(item -> !statement.contains("rare") || item.containsKey("rare"))
                .toList();
        SameItems.assertSame(tables.backend() + " " + statement, reference, typed(ours), RandomTables.KEYS);
        tables.compared(reference.size());
    }
}
