package dev.dynamodesk.dynamo.partiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.WriteGuard;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.testing.LocalDynamo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** PartiQL against DynamoDB Local: paging, writes, transactions, batches and explained refusals. */
class PartiqlRunnerIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();
    private static DynamoServices services;

    @BeforeAll
    static void tables() {
        LOCAL.createTable("Orders", "pk", "sk");
        services = new DynamoServices(LOCAL.client());
        // 300 items of 5 KB in one partition: 1.5 MB, more than one response can carry.
        String padding = "x".repeat(5_000);
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                    "pk", AttributeValue.fromS("big"), "sk", AttributeValue.fromS(String.format("%04d", i)),
                    "pad", AttributeValue.fromS(padding), "n", AttributeValue.fromN(Integer.toString(i)))).build()).build());
            if (writes.size() == 25) {
                List<WriteRequest> batch = List.copyOf(writes);
                LOCAL.client().batchWriteItem(b -> b.requestItems(Map.of("Orders", batch)));
                writes.clear();
            }
        }
    }

    private static StatementResult run(String statement, DynamoValue... parameters) {
        return services.partiql().execute(new BoundStatement(statement, List.of(parameters)), null, 10_000, () -> false);
    }

    @Test
    void aSelectPagesPastOneMegabyteAndGoesOnFromItsToken() {
        StatementResult all = run("SELECT * FROM Orders WHERE pk = 'big'");
        assertThat(all.items()).hasSize(300);
        assertThat(all.requests()).isGreaterThanOrEqualTo(2);
        assertThat(all.hasMore()).isFalse();

        BoundStatement statement = BoundStatement.of("SELECT sk FROM Orders WHERE pk = 'big'");
        StatementResult first = services.partiql().execute(statement, null, 120, () -> false);
        assertThat(first.items()).hasSize(120);
        assertThat(first.hasMore()).isTrue();
        StatementResult second = services.partiql().execute(statement, first.nextToken(), 1_000, () -> false);
        assertThat(second.items()).hasSize(180);
        assertThat(second.items().get(0).get("sk")).isEqualTo(new StringValue("0120"));
    }

    @Test
    void aFilterThatMatchesLittleIsNotTakenForTheEnd() {
        // Pages of 500 rows hold no match until the one item is reached.
        StatementResult found = run("SELECT sk FROM Orders WHERE n = 299");
        assertThat(found.items()).extracting(item -> item.get("sk")).containsExactly(new StringValue("0299"));
    }

    @Test
    void writesSayWhatTheyChangedAndRefusalsAreExplained() {
        assertThat(run("INSERT INTO Orders VALUE {'pk': 'w', 'sk': '1', 'total': 5}").summary()).isEqualTo("Inserted 1 item.");
        assertThatThrownBy(() -> run("INSERT INTO Orders VALUE {'pk': 'w', 'sk': '1'}"))
                .isInstanceOf(PartiqlException.class).hasMessageContaining("already exists")
                .satisfies(error -> assertThat(((PartiqlException) error).serverMessage()).contains("Duplicate primary key"));
        assertThat(run("UPDATE Orders SET total = 6 WHERE pk = 'w' AND sk = '1'").affected()).isEqualTo(1);
        assertThatThrownBy(() -> run("UPDATE Orders SET total = 6 WHERE pk = 'nobody' AND sk = '1'"))
                .isInstanceOf(PartiqlException.class).hasMessageContaining("Nothing was updated: no item has this key");

        StatementResult deleted = run("DELETE FROM Orders WHERE pk = 'w' AND sk = '1'");
        assertThat(deleted.affected()).isEqualTo(1);
        assertThat(deleted.summary()).isEqualTo("Deleted 1 item.");
        StatementResult nothing = run("DELETE FROM Orders WHERE pk = 'w' AND sk = '1'");
        assertThat(nothing.affected()).isZero();
        assertThat(nothing.summary()).contains("Nothing was deleted");
        StatementResult asked = run("DELETE FROM Orders WHERE pk = 'big' AND sk = '0000' RETURNING ALL OLD *");
        assertThat(asked.items()).hasSize(1);
        run("INSERT INTO Orders VALUE {'pk': 'big', 'sk': '0000', 'pad': 'x', 'n': 0}");
    }

    @Test
    void typedParametersArriveExactly() {
        NumberValue big = new NumberValue("-12345678901234567890123456789012345678E-100");
        BinaryValue bytes = new BinaryValue(new byte[] {0, (byte) 0xFF, (byte) 0xC3, 0x28});
        StringSetValue tags = StringSetValue.of(List.of("a", "", "b"));
        run("INSERT INTO Orders VALUE {'pk': ?, 'sk': ?, 'big': ?, 'bytes': ?, 'tags': ?}",
                new StringValue("typed"), new StringValue("1"), big, bytes, tags);
        Item item = run("SELECT * FROM Orders WHERE pk = ? AND sk = ?", new StringValue("typed"), new StringValue("1"))
                .items().get(0);
        assertThat(item.get("big")).isEqualTo(big);
        assertThat(((BinaryValue) item.get("bytes")).bytes()).containsExactly(0, 0xFF, 0xC3, 0x28);
        assertThat(item.get("tags")).isEqualTo(tags);
    }

    @Test
    void mistakesPointAtTheirPlace() {
        String open = "SELECT * FROM Orders WHERE pk = 'big";
        assertThatThrownBy(() -> run(open)).isInstanceOf(PartiqlException.class)
                .hasMessageContaining("never closed")
                .satisfies(error -> assertThat(((PartiqlException) error).position()).isEqualTo(open.indexOf('\'')));
        assertThatThrownBy(() -> run("SELECT * FROM orders")).isInstanceOf(PartiqlException.class)
                .hasMessageContaining("Did you mean Orders?")
                .satisfies(error -> assertThat(((PartiqlException) error).position()).isEqualTo(14));
        assertThatThrownBy(() -> run("SELECT * FROM \"Orders\".\"byTotal\"")).isInstanceOf(PartiqlException.class)
                .hasMessageContaining("has no index \"byTotal\"");
        assertThatThrownBy(() -> run("SELECT * FROM Orders WHERE pk = ? AND sk = ?", new StringValue("big")))
                .isInstanceOf(PartiqlException.class).hasMessageContaining("2 ? parameters but 1 value was given")
                .satisfies(error -> assertThat(((PartiqlException) error).serverMessage()).isEmpty());
        assertThatThrownBy(() -> run("DELETE FROM Orders WHERE pk = 'big'")).isInstanceOf(PartiqlException.class)
                .hasMessageContaining("every key attribute");
        assertThatThrownBy(() -> run("SELECT * FROM Orders WHERE pk = 'big' AND")).isInstanceOf(PartiqlException.class)
                .hasMessageContaining("ends on \"AND\"");
    }

    @Test
    void aTransactionIsAllOrNothingWithAReasonPerStatement() {
        GroupResult committed = services.statementGroups().transaction(List.of(
                BoundStatement.of("INSERT INTO Orders VALUE {'pk': 't', 'sk': '1'}"),
                BoundStatement.of("INSERT INTO Orders VALUE {'pk': 't', 'sk': '2'}")));
        assertThat(committed.committed()).isTrue();
        assertThat(run("SELECT * FROM Orders WHERE pk = 't'").items()).hasSize(2);

        GroupResult cancelled = services.statementGroups().transaction(List.of(
                BoundStatement.of("INSERT INTO Orders VALUE {'pk': 't', 'sk': '3'}"),
                BoundStatement.of("INSERT INTO Orders VALUE {'pk': 't', 'sk': '1'}")));
        assertThat(cancelled.committed()).isFalse();
        assertThat(cancelled.outcomes().get(0).failed()).isFalse();
        assertThat(cancelled.outcomes().get(1).failed()).isTrue();
        assertThat(cancelled.outcomes().get(1).message()).contains("already exists");
        assertThat(cancelled.summary()).contains("nothing was changed");
        assertThat(run("SELECT * FROM Orders WHERE pk = 't'").items()).hasSize(2);

        assertThatThrownBy(() -> services.statementGroups().transaction(List.of(
                BoundStatement.of("SELECT * FROM Orders WHERE pk = 't' AND sk = '1'"),
                BoundStatement.of("DELETE FROM Orders WHERE pk = 't' AND sk = '1'"))))
                .isInstanceOf(PartiqlException.class).hasMessageContaining("all SELECTs or all writes");
    }

    @Test
    void aBatchReportsEachStatementOnItsOwn() {
        run("INSERT INTO Orders VALUE {'pk': 'b', 'sk': '1'}");
        GroupResult batch = services.statementGroups().batch(List.of(
                BoundStatement.of("INSERT INTO Orders VALUE {'pk': 'b', 'sk': '0'}"),
                BoundStatement.of("INSERT INTO Orders VALUE {'pk': 'b', 'sk': '1'}"),
                BoundStatement.of("INSERT INTO Orders VALUE {'pk': 'b', 'sk': '2'}")));
        assertThat(batch.outcomes()).extracting(GroupResult.Outcome::failed).containsExactly(false, true, false);
        assertThat(batch.outcomes().get(1).code()).isEqualTo("DuplicateItem");
        assertThat(batch.summary()).isEqualTo("Batch of 3 statements: 2 succeeded, 1 failed.");
        GroupResult reads = services.statementGroups().batch(List.of(
                BoundStatement.of("SELECT * FROM Orders WHERE pk = 'b' AND sk = '2'")));
        assertThat(reads.outcomes().get(0).item().get("sk")).isEqualTo(new StringValue("2"));
        assertThatThrownBy(() -> services.statementGroups().batch(List.of(
                BoundStatement.of("INSERT INTO Orders VALUE {'pk': 'b', 'sk': '7'}"),
                BoundStatement.of("DELETE FROM Orders WHERE pk = 'b' AND sk = '7'"))))
                .isInstanceOf(PartiqlException.class).hasMessageContaining("same item twice");
    }

    @Test
    void aReadOnlyConnectionRefusesEverythingButSelectBeforeSending() {
        DynamoServices readOnly = new DynamoServices(LOCAL.client(), new WriteGuard(true, "prod"));
        assertThatThrownBy(() -> readOnly.partiql().execute(BoundStatement.of("DELETE FROM NoSuchTable WHERE pk = 'a'"),
                null, 10, () -> false)).isInstanceOf(WriteGuard.ReadOnlyException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> readOnly.partiql().execute(BoundStatement.of("SELEC oops"), null, 10, () -> false))
                .isInstanceOf(WriteGuard.ReadOnlyException.class);
        assertThatThrownBy(() -> readOnly.statementGroups().transaction(List.of(
                BoundStatement.of("INSERT INTO Orders VALUE {'pk': 'r', 'sk': '1'}"))))
                .isInstanceOf(WriteGuard.ReadOnlyException.class);
        assertThat(readOnly.partiql().execute(BoundStatement.of("SELECT * FROM Orders WHERE pk = 'big' AND sk = '0001'"),
                null, 10, () -> false).items()).hasSize(1);
    }

    @Test
    void schemasKnowKeysIndexesAndSampledAttributeNames() {
        assertThat(services.schemas().attributes("Orders")).startsWith("pk", "sk").contains("pad", "n");
        assertThat(services.schemas().partitionKeysOf(StatementShape.of("SELECT * FROM Orders"))).containsExactly("pk");
        assertThat(services.schemas().partitionKeysOf(StatementShape.of("SELECT * FROM \"Orders\".\"nope\""))).isEmpty();
        assertThat(services.schemas().partitionKeysOf(StatementShape.of("SELECT * FROM Missing"))).isEmpty();
        assertThat(services.schemas().attributes("Missing")).isEmpty();
        assertThat(services.schemas().cachedAttributes("Orders")).startsWith("pk", "sk");
    }
}
