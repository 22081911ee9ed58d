package dev.dynamodesk.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.bulk.BulkChanges;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The bulk page's rules without a window: dry run first and again after any edit, the typed name, bad input, revert. */
class BulkChangeViewModelIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @TempDir
    Path journals;

    private BulkChangeViewModel model(String table, int items, boolean production) throws Exception {
        LOCAL.createTable(table, "pk", null);
        for (int i = 0; i < items; i++) {
            int number = i;
            LOCAL.client().putItem(p -> p.tableName(table).item(Map.of("pk", AttributeValue.fromS("k" + number),
                    "n", AttributeValue.fromN("1"))));
        }
        DynamoServices services = new DynamoServices(LOCAL.client());
        TableInfo info = services.tables().describe(table);
        BulkChanges bulk = services.bulk();
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll(table), info);
        return new BulkChangeViewModel(new BulkTarget("Local", null, "us-east-1", production, info, bulk,
                () -> bulk.source(plan, info, 2), "every item", journals,
                () -> services.describer().describe(table).writeCapacity()), TaskRunner.synchronous(), false);
    }

    @Test
    void aDryRunComesFirstAnEditForgetsItAndManyItemsNeedTheTypedName() throws Exception {
        BulkChangeViewModel model = model("VmMany", 150, false);
        ChangeRow row = model.rows().get(0);
        model.dryRun();
        assertThat(model.problemProperty().get()).isEqualTo("Change 1: The path is empty");
        assertThat(model.phaseProperty().get()).isEqualTo(BulkChangeViewModel.Phase.EDITING);

        row.pathProperty().set("n");
        row.formProperty().set(ChangeRow.ValueForm.N);
        row.valueProperty().set("not a number");
        model.dryRun();
        assertThat(model.problemProperty().get()).startsWith("Change 1: ");

        row.kindProperty().set(ChangeRow.Kind.ADD);
        row.valueProperty().set("2");
        model.dryRun();
        assertThat(model.phaseProperty().get()).isEqualTo(BulkChangeViewModel.Phase.REVIEWED);
        assertThat(model.reportProperty().get().wouldChange()).isEqualTo(150);
        assertThat(model.needsTypedName()).isTrue();

        row.valueProperty().set("3");
        assertThat(model.phaseProperty().get()).as("an edit forgets the dry run").isEqualTo(BulkChangeViewModel.Phase.EDITING);
        assertThat(model.reportProperty().get()).isNull();
        model.run("VmMany");
        assertThat(LOCAL.client().scan(s -> s.tableName("VmMany")).items()).allMatch(item -> item.get("n").n().equals("1"));

        model.dryRun();
        model.run("wrong name");
        assertThat(model.problemProperty().get()).isEqualTo("Type the table's name, VmMany, to run.");
        assertThat(LOCAL.client().scan(s -> s.tableName("VmMany")).items()).allMatch(item -> item.get("n").n().equals("1"));

        model.run(" VmMany ");
        assertThat(model.phaseProperty().get()).isEqualTo(BulkChangeViewModel.Phase.DONE);
        assertThat(model.countsProperty().get()).isEqualTo("changed 150, unchanged 0, skipped (changed since read) 0, failed 0");
        assertThat(LOCAL.client().scan(s -> s.tableName("VmMany")).items()).hasSize(150).allMatch(item -> item.get("n").n().equals("4"));
        assertThat(model.resumable()).isFalse();

        model.revert();
        assertThat(model.phaseProperty().get()).isEqualTo(BulkChangeViewModel.Phase.REVERTED);
        assertThat(LOCAL.client().scan(s -> s.tableName("VmMany")).items()).allMatch(item -> item.get("n").n().equals("1"));
    }

    @Test
    void aProductionConnectionNeedsTheNameForOneItemAndDeleteNeedsNoChanges() throws Exception {
        BulkChangeViewModel model = model("VmProduction", 3, true);
        model.deletingProperty().set(true);
        model.dryRun();
        assertThat(model.reportProperty().get().wouldDelete()).isEqualTo(3);
        assertThat(model.needsTypedName()).isTrue();
        model.run("");
        assertThat(LOCAL.client().scan(s -> s.tableName("VmProduction")).items()).hasSize(3);
        model.rateProperty().set("50%");
        model.run("VmProduction");
        assertThat(model.problemProperty().get()).startsWith("Rate: The table is on-demand");
        assertThat(LOCAL.client().scan(s -> s.tableName("VmProduction")).items()).hasSize(3);
        model.rateProperty().set("200");
        model.run("VmProduction");
        assertThat(LOCAL.client().scan(s -> s.tableName("VmProduction")).items()).isEmpty();
        model.revert();
        assertThat(LOCAL.client().scan(s -> s.tableName("VmProduction")).items()).hasSize(3);
    }
}
