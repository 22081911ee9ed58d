package dev.dynamodesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TransactionalWriter;
import dev.dynamodesk.dynamo.query.Condition;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.SortKeyCondition;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.ui.common.TaskRunner;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ItemGridViewModelIT {
    @RegisterExtension
    static final LocalDynamo local = new LocalDynamo();
    private static DynamoServices services;
    private static final ConnectionProfile PROFILE = ConnectionProfile.builtInLocal().withEndpoint(URI.create("http://127.0.0.1:8000"));

    @BeforeAll
    static void table() {
        local.createTable("Things", "pk", "sk");
        List<Item> items = IntStream.range(0, 2_300).mapToObj(i -> {
            Item.Builder item = Item.builder().s("pk", "p" + (i % 7)).s("sk", String.format("s%04d", i)).n("n", i);
            if (i % 50 == 0) {
                item.s("rare", "only on some");
            }
            return item.build();
        }).toList();
        new TransactionalWriter(local.client()).putAll("Things", items, () -> false, n -> { });
        services = new DynamoServices(local.client());
    }

    private static ItemGridViewModel model(GridSettings settings) {
        ItemGridViewModel model = new ItemGridViewModel("Things", PROFILE, services, TaskRunner.synchronous(), settings);
        model.open();
        return model;
    }

    @RegisterExtension
    final dev.dynamodesk.testing.QueuedFx fx = new dev.dynamodesk.testing.QueuedFx();

    @Test
    void aQueryRunWhileAnotherIsStillLoadingIsLoaded() throws Exception {
        ItemGridViewModel model = new ItemGridViewModel("Things", PROFILE, services, fx.tasks(), new GridSettings(1_000, 20_000, 1));
        model.open();
        while (model.tableProperty().get() == null) {
            fx.runNext(); // described: the first chunk of the scan is now on its way
        }
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.run(ItemQuery.scanAll("Things").withPartition(new StringValue("p3"), null))).isTrue();
        fx.drain();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.rows()).hasSize((int) IntStream.range(0, 2_300).filter(i -> i % 7 == 3).count())
                .allSatisfy(item -> assertThat(item.get("pk")).isEqualTo(new StringValue("p3")));
        assertThat(model.statusProperty().get()).contains("all loaded");
    }

    @Test
    void loadsChunkByChunkWithKeysAsTheFirstColumns() {
        ItemGridViewModel model = model(new GridSettings(1_000, 20_000, 1));
        assertThat(model.rows()).hasSize(1_000);
        assertThat(model.hasMoreProperty().get()).isTrue();
        assertThat(model.columns()).startsWith("pk", "sk", "n");
        assertThat(model.tableProperty().get().keyNames()).containsExactly("pk", "sk");
        assertThat(model.statusProperty().get()).startsWith("1,000 items loaded · more available");
        assertThat(model.cliCommandProperty().get()).startsWith("aws dynamodb scan").contains("--endpoint-url 'http://127.0.0.1:8000'");

        model.loadMore();
        model.loadMore();
        assertThat(model.rows()).hasSize(2_300);
        assertThat(model.hasMoreProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("2,300 items · all loaded");
        assertThat(model.columns()).containsExactly("pk", "sk", "n", "rare");
        assertThat(new HashSet<>(model.rows())).hasSize(2_300);

        model.loadMore(); // nothing more to load: no change
        assertThat(model.rows()).hasSize(2_300);
        model.refresh();
        assertThat(model.rows()).hasSize(1_000);
    }

    @Test
    void loadsEverythingWithParallelSegmentsAndHoldsOnlyTheLimitInMemory() {
        ItemGridViewModel model = model(new GridSettings(200, 1_000, 4));
        model.loadAll();
        assertThat(model.rows()).hasSize(2_300);
        assertThat(model.hasMoreProperty().get()).isFalse();
        assertThat(model.loadedItems()).hasSizeLessThanOrEqualTo(1_000 + 500);
        // The rest are dropped chunks, read again from their start keys when scrolled back to.
        assertThat(model.loadedItems().size()).isLessThan(model.rows().size());
        assertThat(new HashSet<>(model.loadedItems())).hasSameSizeAs(model.loadedItems());
    }

    @Test
    void runsAQueryWithAFilterAndCountsItsMatches() {
        ItemGridViewModel model = model(new GridSettings(500, 20_000, 4));
        boolean ran = model.run(ItemQuery.scanAll("Things")
                .withPartition(new StringValue("p3"), SortKeyCondition.of(Operator.BEGINS_WITH, new StringValue("s1")))
                .withFilter(List.of(FilterClause.and(Condition.of("n", Operator.GE, NumberValue.of(1_500))))));
        assertThat(ran).isTrue();
        assertThat(model.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("pk")).isEqualTo(new StringValue("p3"));
            assertThat(((NumberValue) row.get("n")).toBigDecimal().intValue()).isBetween(1_500, 1_999);
        });
        assertThat(model.cliCommandProperty().get()).startsWith("aws dynamodb query");
        model.count().start();
        assertThat(model.count().textProperty().get()).startsWith(model.rows().size() + " items match");
    }

    @Test
    void aQueryDynamoDbWouldRefuseIsNotSent() {
        ItemGridViewModel model = model(new GridSettings(500, 20_000, 1));
        int shown = model.rows().size();
        boolean ran = model.run(ItemQuery.scanAll("Things").withPartition(NumberValue.of(3), null));
        assertThat(ran).isFalse();
        assertThat(model.problems()).singleElement().asString().contains("is a string (S)");
        assertThat(model.rows()).hasSize(shown);
    }

    @Test
    void aMissingTableBecomesAReadableErrorNotAnException() {
        ItemGridViewModel model = new ItemGridViewModel("Gone", PROFILE, services, TaskRunner.synchronous(), GridSettings.defaults());
        model.open();
        assertThat(model.rows()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.errorProperty().get().summary()).contains("non-existent table");
        assertThat(model.statusProperty().get()).startsWith("Could not load Gone");
    }
}
