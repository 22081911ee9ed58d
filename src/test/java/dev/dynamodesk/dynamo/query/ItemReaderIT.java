package dev.dynamodesk.dynamo.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.TableService;
import dev.dynamodesk.dynamo.TransactionalWriter;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.testing.LocalDynamo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scans and queries against DynamoDB Local with a table where 1% of 10,000 items match a filter. */
class ItemReaderIT {
    private static final int ITEMS = 10_000;

    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();
    private static TableInfo table;

    @BeforeAll
    static void seed() {
        local.createTable("Sparse", "pk", "sk");
        List<Item> items = IntStream.range(0, ITEMS).mapToObj(i -> {
            Item.Builder item = Item.builder().s("pk", "p" + (i % 10)).s("sk", String.format("%05d", i)).n("n", i)
                    // Reserved words and odd characters as attribute names, to prove placeholders work.
                    .s("status", i % 100 == 7 ? "needle" : "hay")
                    .s("name", "item " + i)
                    .s("a.b", i % 2 == 0 ? "even" : "odd");
            return item.build();
        }).toList();
        new TransactionalWriter(local.client()).putAll("Sparse", items, () -> false, n -> { });
        table = new TableService(local.client()).describe("Sparse");
    }

    private static QueryPlan plan(ItemQuery query) throws InvalidQueryException {
        return QueryPlan.of(query, table);
    }

    @Test
    void findsEveryMatchOfASelectiveFilterAcrossEmptyPages() throws Exception {
        QueryPlan plan = plan(ItemQuery.scanAll("Sparse").withFilter(List.of(
                FilterClause.and(Condition.of("status", Operator.EQ, new StringValue("needle"))))));
        ItemReader reader = new ItemReader(local.client());

        // Single requests of 50: many come back empty, yet carry a LastEvaluatedKey.
        List<Item> found = new ArrayList<>();
        int emptyPagesWithMore = 0;
        Item next = null;
        do {
            ItemPage page = reader.readPage(plan, next, 50);
            if (page.items().isEmpty() && page.hasMore()) {
                emptyPagesWithMore++;
            }
            found.addAll(page.items());
            next = page.lastEvaluatedKey();
        } while (next != null);
        assertThat(emptyPagesWithMore).isPositive();
        assertThat(found).hasSize(ITEMS / 100).allSatisfy(item -> assertThat(item.get("status")).isEqualTo(new StringValue("needle")));

        // Chunks keep reading until they have something to show.
        ItemPage chunk = reader.readChunk(plan, null, 30, () -> false);
        assertThat(chunk.items()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(chunk.scannedCount()).isGreaterThan(chunk.items().size());
        Set<Item> all = new HashSet<>(chunk.items());
        Item chunkStart = chunk.lastEvaluatedKey();
        while (chunkStart != null) {
            ItemPage more = reader.readChunk(plan, chunkStart, 30, () -> false);
            all.addAll(more.items());
            chunkStart = more.lastEvaluatedKey();
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(found);
    }

    @Test
    void queriesAPartitionWithSortKeyConditionsFiltersAndProjection() throws Exception {
        QueryPlan plan = plan(ItemQuery.scanAll("Sparse")
                .withPartition(new StringValue("p7"), SortKeyCondition.of(Operator.BETWEEN, new StringValue("00100"), new StringValue("00499")))
                .withFilter(List.of(FilterClause.and(Condition.of("`a.b`", Operator.EQ, new StringValue("odd")))))
                .withProjection(List.of(AttributePath.parse("sk"), AttributePath.parse("name"), AttributePath.parse("`a.b`")))
                .withOrder(true, true));
        ItemPage page = new ItemReader(local.client()).readChunk(plan, null, 1_000, () -> false);
        assertThat(page.items()).hasSize(40).allSatisfy(item ->
                assertThat(item.attributes().keySet()).containsExactlyInAnyOrder("sk", "name", "a.b"));
        List<String> sortKeys = page.items().stream().map(item -> ((StringValue) item.get("sk")).value()).toList();
        assertThat(sortKeys).isSortedAccordingTo((a, b) -> b.compareTo(a)).first().isEqualTo("00497");
    }

    @Test
    void countsEveryMatchWithParallelSegmentsAndReportsProgress() throws Exception {
        QueryPlan plan = plan(ItemQuery.scanAll("Sparse").withFilter(List.of(
                FilterClause.and(Condition.of("n", Operator.GE, NumberValue.of(9_000))),
                FilterClause.or(Condition.of("status", Operator.IN, new StringValue("needle"))))));
        List<ItemCounter.Count> progress = new ArrayList<>();
        ItemCounter.Count count = new ItemCounter(local.client()).count(plan, 4, () -> false, progress::add);
        assertThat(count.matched()).isEqualTo(1_000 + 90);
        assertThat(count.scanned()).isEqualTo(ITEMS);
        assertThat(count.complete()).isTrue();
        assertThat(count.requests()).isGreaterThanOrEqualTo(4);
        assertThat(progress).extracting(ItemCounter.Count::matched).isSorted();

        QueryPlan query = plan(ItemQuery.scanAll("Sparse").withPartition(new StringValue("p3"), null));
        assertThat(new ItemCounter(local.client()).count(query, 4, () -> false, c -> { }).matched()).isEqualTo(1_000);
    }
}
