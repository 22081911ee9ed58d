package dev.dynamodesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.ui.common.TaskRunner;
import dev.dynamodesk.ui.connection.ConnectionViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The console's model against DynamoDB Local, with a synchronous task runner. */
class ConsoleViewModelIT {
    @RegisterExtension
    final LocalDynamo local = new LocalDynamo();
    private final List<List<String>> askedAbout = new ArrayList<>();
    private boolean answer = true;
    private ConsoleLibrary library;
    private ConsoleViewModel console;

    @BeforeEach
    void console() {
        local.createTable("Orders", "pk", "sk");
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                    "pk", AttributeValue.fromS(i < 650 ? "many" : "few"),
                    "sk", AttributeValue.fromS(String.format("%04d", i)))).build()).build());
            if (writes.size() == 25) {
                List<WriteRequest> batch = List.copyOf(writes);
                local.client().batchWriteItem(b -> b.requestItems(Map.of("Orders", batch)));
                writes.clear();
            }
        }
        library = ConsoleLibrary.inMemory();
        console = console(WriteGuard.allowingWrites());
    }

    private ConsoleViewModel console(WriteGuard guard) {
        TaskRunner tasks = TaskRunner.synchronous();
        ConnectionViewModel connection = new ConnectionViewModel(ConnectionProfile.builtInLocal(), tasks);
        connection.connected(ConnectionProfile.builtInLocal(), new DynamoServices(local.client(), guard));
        return new ConsoleViewModel(connection, tasks, library, reasons -> {
            askedAbout.add(reasons);
            return answer;
        });
    }

    private StatementRun last() {
        return console.runs().get(console.runs().size() - 1);
    }

    @Test
    void runsTheStatementAtTheCaretAndRemembersIt() {
        String script = "SELECT * FROM Orders WHERE pk = 'few';\nSELECT * FROM Orders WHERE pk = 'many'";
        console.run(script, 5, 5, 5);
        assertThat(console.runs()).hasSize(1);
        StatementRun run = last();
        assertThat(run.items()).hasSize(50);
        assertThat(run.summaryProperty().get()).startsWith("50 items").contains("ms");
        assertThat(askedAbout).isEmpty();
        assertThat(console.history()).extracting(ConsoleLibrary.HistoryEntry::statement)
                .containsExactly("SELECT * FROM Orders WHERE pk = 'few'");
        assertThat(library.history("Local (embedded)")).hasSize(1);
    }

    @Test
    void pagesOnDemandThenLoadsTheRest() {
        console.run("SELECT * FROM Orders WHERE pk = 'many'", 0, 0, 0);
        StatementRun run = last();
        assertThat(run.items()).hasSize(ConsoleViewModel.FIRST_PAGE);
        assertThat(run.hasMore()).isTrue();
        console.loadAll(run);
        assertThat(run.items()).hasSize(650);
        console.loadMore(run);
        assertThat(run.items()).hasSize(650);
        assertThat(run.items().get(649).get("sk")).isEqualTo(new StringValue("0649"));
        assertThat(run.loadingProperty().get()).isFalse();
    }

    @Test
    void aSelectReadingTheWholeTableIsRunOnlyWhenTheUserAgrees() {
        answer = false;
        console.run("SELECT * FROM Orders WHERE sk = '0001'", 0, 0, 0);
        assertThat(askedAbout).hasSize(1);
        assertThat(askedAbout.get(0).get(0)).contains("Orders").contains("partition key pk");
        assertThat(console.runs()).isEmpty();
        assertThat(console.messageProperty().get()).contains("Not run");

        answer = true;
        console.run("SELECT * FROM Orders WHERE sk = '0001'", 0, 0, 0);
        assertThat(last().items()).hasSize(1);
    }

    @Test
    void parametersAreBoundPerStatementAndAMissingValueStopsTheRun() {
        String script = "SELECT * FROM Orders WHERE pk = ? AND sk = ?;\nSELECT * FROM Orders WHERE pk = ?";
        console.parameters().update(script);
        List<ParameterSlot> slots = console.parameters().slots();
        assertThat(slots).hasSize(3);
        assertThat(slots.get(2).labelProperty().get()).isEqualTo("?3 · line 2: SELECT * FROM Orders WHERE pk = ?");
        slots.get(0).textProperty().set("few");
        slots.get(1).typeProperty().set(AttributeType.N);
        slots.get(1).textProperty().set("12x");
        console.run(script, 3, 3, 3);
        assertThat(console.runs()).isEmpty();
        assertThat(console.messageProperty().get()).startsWith("Parameter ?2").contains("12x");

        slots.get(1).typeProperty().set(AttributeType.S);
        slots.get(1).textProperty().set("0660");
        slots.get(2).textProperty().set("many");
        console.runAll(script);
        assertThat(console.runs()).hasSize(2);
        assertThat(console.runs().get(0).items()).hasSize(1);
        assertThat(console.runs().get(1).items()).hasSize(ConsoleViewModel.FIRST_PAGE);
        assertThat(console.history().get(0).parameters()).containsExactly("{\"S\":\"many\"}");
    }

    @Test
    void aFailurePointsIntoTheScriptAndStopsTheRest() {
        String script = "INSERT INTO Orders VALUE {'pk': 'n', 'sk': '1'};\nSELECT * FROM Ordrs WHERE pk = 'n';\nDELETE FROM Orders WHERE pk = 'n' AND sk = '1'";
        console.runAll(script);
        assertThat(console.runs()).hasSize(3);
        assertThat(console.runs().get(0).summaryProperty().get()).startsWith("Inserted 1 item.");
        StatementRun failed = console.runs().get(1);
        assertThat(failed.problemProperty().get().explanation()).contains("no table \"Ordrs\"").contains("Did you mean Orders?");
        assertThat(failed.problemProperty().get().scriptPosition()).isEqualTo(script.indexOf("Ordrs"));
        assertThat(failed.problemProperty().get().length()).isEqualTo(5);
        assertThat(console.runs().get(2).summaryProperty().get()).startsWith("Not run");
        assertThat(console.history().get(0).failed()).isTrue();
    }

    @Test
    void aSelectionRunsJustThatAndGroupsRunTogether() {
        String script = "INSERT INTO Orders VALUE {'pk': 't', 'sk': '1'};\nINSERT INTO Orders VALUE {'pk': 't', 'sk': '2'};\n";
        console.runGroup(script, 0, 0, true);
        StatementRun transaction = last();
        assertThat(transaction.title()).isEqualTo("Transaction of 2 statements");
        assertThat(transaction.groupProperty().get().committed()).isTrue();

        console.runGroup(script, 0, script.indexOf(";"), true);
        StatementRun cancelled = last();
        assertThat(cancelled.groupProperty().get().committed()).isFalse();
        assertThat(cancelled.summaryProperty().get()).contains("nothing was changed");

        String select = "SELECT * FROM Orders WHERE pk = 't' AND sk = '2' -- and more";
        console.run(select, 0, 0, select.indexOf(" AND"));
        assertThat(last().items()).hasSize(2);
    }

    @Test
    void aReadOnlyConnectionRefusesWritesBeforeSending() {
        ConsoleViewModel readOnly = console(new WriteGuard(true, "prod"));
        readOnly.run("DELETE FROM Orders WHERE pk = 'few' AND sk = '0650'", 0, 0, 0);
        StatementRun run = readOnly.runs().get(0);
        assertThat(run.problemProperty().get().explanation()).contains("read-only").contains("Nothing was sent");
        assertThat(local.client().getItem(b -> b.tableName("Orders").key(Map.of("pk", AttributeValue.fromS("few"),
                "sk", AttributeValue.fromS("0650")))).hasItem()).isTrue();
    }
}
