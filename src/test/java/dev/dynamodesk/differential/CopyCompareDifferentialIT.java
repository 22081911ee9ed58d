package dev.dynamodesk.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.compare.CompareResult;
import dev.dynamodesk.dynamo.compare.Differences;
import dev.dynamodesk.dynamo.compare.TableComparer;
import dev.dynamodesk.dynamo.copy.CopyCheckpoints;
import dev.dynamodesk.dynamo.copy.CopyResult;
import dev.dynamodesk.dynamo.copy.TableCopier;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Copy and compare across implementations: DynamoDB Local's 1,000-item table of every type copied
 * into each backend (Local itself, dynalite, moto) and checked there with the SDK's paginator;
 * then the two compared, identical, and again after three items changed on the copy's side.
 */
class CopyCompareDifferentialIT {
    @AfterAll
    static void figures() {
        SharedTables.printFigures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dynamodesk.differential.Cases#backends")
    void copyIntoTheBackendThenCompareWithTheSource(Backend.Kind kind) throws Exception {
        SharedTables source = SharedTables.of(Backend.Kind.DYNAMODB_LOCAL);
        SharedTables target = SharedTables.of(kind);
        String table = "DiffCopyOf1000";
        RandomTables.create(target.backend().client(), table);
        TableInfo sourceInfo = source.info(SharedTables.THOUSAND);
        TableInfo targetInfo = target.info(table);
        Path folder = Files.createTempDirectory("copy-compare");
        CopyResult copied = target.services().copierFrom(source.services().reader()).copy(
                QueryPlan.of(ItemQuery.scanAll(SharedTables.THOUSAND), sourceInfo), targetInfo, TableCopier.IfExists.OVERWRITE,
                CopyCheckpoints.fresh(folder.resolve("checkpoints.json"), "differential", 4), folder.resolve("failed.jsonl"),
                () -> false, progress -> { });
        assertThat(copied.summary()).isEqualTo("read 1,000, written 1,000, skipped (already in the target) 0, failed 0");
        SameItems.assertSame(kind + " copy", source.reference(SharedTables.THOUSAND), ReferenceReader.scan(target.backend().client(), table),
                RandomTables.KEYS);

        assertThat(compare(source, target, table, sourceInfo, targetInfo, folder).summary())
                .isEqualTo("only-left 0, only-right 0, different 0, same 1000");
        for (int i : new int[] {3, 300, 700}) {
            Map<String, AttributeValue> item = RandomTables.item(i, 50); // as SharedTables loads it
            target.backend().client().updateItem(u -> u.tableName(table).key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))
                    .updateExpression("SET #c = :c").expressionAttributeNames(Map.of("#c", "compared"))
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromN("1"))));
        }
        assertThat(compare(source, target, table, sourceInfo, targetInfo, folder).summary())
                .isEqualTo("only-left 0, only-right 0, different 3, same 997");
        target.compared(2_000);
    }

    private static CompareResult compare(SharedTables source, SharedTables target, String table, TableInfo sourceInfo,
                                         TableInfo targetInfo, Path folder) throws Exception {
        AtomicInteger reported = new AtomicInteger();
        CompareResult result = TableComparer.compare(
                new TableComparer.Side(source.services().reader(), QueryPlan.of(ItemQuery.scanAll(SharedTables.THOUSAND), sourceInfo), 3,
                        source.services().itemsByKey(), sourceInfo),
                new TableComparer.Side(target.services().reader(), QueryPlan.of(ItemQuery.scanAll(table), targetInfo), 2,
                        target.services().itemsByKey(), targetInfo),
                1_000, folder.resolve("work"), () -> false, read -> { }, new Differences() {
                    @Override
                    public void onlyLeft(Item key, Item item) {
                        reported.incrementAndGet();
                    }

                    @Override
                    public void onlyRight(Item key, Item item) {
                        reported.incrementAndGet();
                    }

                    @Override
                    public void different(Item key, Item left, Item right, List<ItemDiff.Change> changes) {
                        assertThat(changes).singleElement().satisfies(change -> assertThat(change.name()).isEqualTo("compared"));
                        reported.incrementAndGet();
                    }
                });
        assertThat(reported.get()).isEqualTo(result.onlyLeft() + result.onlyRight() + result.different());
        return result;
    }
}
