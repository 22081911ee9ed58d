package dev.dynamodesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.ErrorMessages;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.items.SaveOutcome;
import dev.dynamodesk.dynamo.partiql.BoundStatement;
import dev.dynamodesk.dynamo.partiql.StatementResult;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.edit.ItemEdits;
import dev.dynamodesk.item.edit.ValuePath;
import dev.dynamodesk.testing.FaultProxy.Fault;
import dev.dynamodesk.testing.FaultProxy.Plan;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import dev.dynamodesk.ui.browser.GridSettings;
import dev.dynamodesk.ui.browser.ItemGridViewModel;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The grid's "All", count, PartiQL paging and item saves through a faulty server: every item once
 * (or the exact count, or the edit saved once), or a clear message in the time allowed.
 */
class ReadAndSaveFaultsIT {
    @RegisterExtension
    static final FaultBench bench = new FaultBench();

    private static final String SAVES = "FaultySaves";

    @BeforeAll
    static void savesTable() {
        RandomTables.create(bench.direct(), SAVES); // saves go here: the shared table stays as the reference read it
        RandomTables.load(bench.direct(), SAVES, 10, 10);
    }

    private static List<Map<String, Typed>> typed(List<Item> items) {
        List<Map<String, Typed>> typed = new ArrayList<>();
        items.forEach(item -> typed.add(Typed.item(AttributeValues.fromItem(item))));
        return typed;
    }

    private ItemGridViewModel grid() {
        ItemGridViewModel grid = new ItemGridViewModel(FaultBench.TABLE, ConnectionProfile.builtInLocal().withEndpoint(bench.proxy().endpoint()),
                bench.services(), TaskRunner.synchronous(), new GridSettings(500, 10_000, 4));
        grid.open();
        return grid;
    }

    @ParameterizedTest(name = "{0} on every 3rd Scan")
    @EnumSource(value = Fault.class, names = {"PROVISIONED_THROUGHPUT_EXCEEDED", "HTTP_500", "RESET_MID_RESPONSE"})
    void theGridsAllAndACountGetEveryItemOnce(Fault fault) throws Exception {
        ItemGridViewModel grid = grid();
        bench.proxy().plan(Plan.every(3, fault, "Scan"));
        grid.loadAll();
        assertThat(grid.errorProperty().get()).isNull();
        SameItems.assertSame("grid All with " + fault, bench.reference(), typed(new ArrayList<>(grid.rows())), RandomTables.KEYS);

        QueryPlan all = QueryPlan.of(ItemQuery.scanAll(FaultBench.TABLE), bench.services().tables().describe(FaultBench.TABLE));
        assertThat(bench.services().counter().count(all, 4, () -> false, count -> { }).matched()).isEqualTo(FaultBench.ITEMS);
        assertThat(bench.proxy().injected(fault)).isPositive();
    }

    @Test
    void aGridWhoseServerStopsAnsweringSaysSoInsteadOfHanging() {
        ItemGridViewModel grid = grid();
        bench.proxy().plan(Plan.after(0, Fault.NEVER_ANSWER, "Scan"));
        long started = System.nanoTime();
        grid.loadAll();
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(FaultBench.TIMEOUTS.call().toMillis() + 3_000);
        assertThat(grid.errorProperty().get()).isNotNull();
        assertThat(grid.errorProperty().get().summary()).startsWith("The endpoint did not answer in time (8 s)");
    }

    @ParameterizedTest(name = "{0} on every 3rd ExecuteStatement")
    @EnumSource(value = Fault.class, names = {"THROTTLING", "HTTP_500", "RESET_MID_RESPONSE"})
    void aPartiqlSelectPagesThroughEveryItemOnce(Fault fault) {
        bench.proxy().plan(Plan.every(3, fault, "ExecuteStatement"));
        List<Item> items = new ArrayList<>();
        String token = null;
        do {
            StatementResult page = bench.services().partiql().execute(BoundStatement.of("SELECT * FROM \"Faulty\""), token, 400, () -> false);
            items.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        SameItems.assertSame("PartiQL with " + fault, bench.reference(), typed(items), RandomTables.KEYS);
    }

    @ParameterizedTest(name = "{0} on the UpdateItem")
    @EnumSource(value = Fault.class, names = {"HTTP_500", "RESET_MID_RESPONSE", "THROTTLING"})
    void aSaveIsWrittenOnceAndReportedSaved(Fault fault) {
        TableInfo info = bench.services().tables().describe(SAVES);
        Item loaded = AttributeValues.toItem(bench.direct().getItem(b -> b.tableName(SAVES).consistentRead(true)
                .key(Map.of("pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("p5"),
                        "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("5")))).item());
        Item edited = ItemEdits.set(loaded, ValuePath.attribute("s"), new StringValue("saved through " + fault));
        bench.proxy().plan(Plan.first(1, fault, "UpdateItem"));
        SaveOutcome outcome = bench.services().saver().execute(bench.services().saver().plan(SAVES, info, loaded, edited), info);
        assertThat(outcome).isEqualTo(new SaveOutcome.Saved(edited));
        assertThat(bench.services().saver().fetch(SAVES, info.keyOf(edited))).isEqualTo(edited);
        assertThat(bench.proxy().injected(fault)).isEqualTo(1);
    }

    @Test
    void aSaveToADeadServerFailsWithTheReason() {
        TableInfo info = bench.services().tables().describe(SAVES);
        Item loaded = Item.builder().s("pk", "p1").n("sk", 1).build();
        bench.proxy().plan(Plan.after(0, Fault.KILL, "UpdateItem"));
        assertThatThrownBy(() -> bench.services().saver().execute(bench.services().saver().plan(SAVES, info, loaded,
                ItemEdits.set(loaded, ValuePath.attribute("s"), new StringValue("x"))), info))
                .satisfies(failure -> assertThat(ErrorMessages.summary(failure)).contains("refused the connection"));
    }
}
