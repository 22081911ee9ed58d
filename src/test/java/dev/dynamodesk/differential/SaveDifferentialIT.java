package dev.dynamodesk.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.items.ItemSaver;
import dev.dynamodesk.dynamo.items.SaveOutcome;
import dev.dynamodesk.dynamo.items.SavePlan;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.Typed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Item saves: items edited on the SDK's own maps (a value changed, one removed, one added, a nested
 * map replaced), saved through the editor's saver, then read back with the SDK and compared by
 * value with the edit. A key change moves the item (needs transactions: not on dynalite).
 */
class SaveDifferentialIT {
    @AfterAll
    static void figures() {
        SharedTables.printFigures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dynamodesk.differential.Cases#backends")
    void aSaveWritesExactlyTheEdit(Backend.Kind kind) {
        SharedTables tables = SharedTables.of(kind);
        String table = "DiffSaves";
        RandomTables.create(tables.backend().client(), table);
        RandomTables.load(tables.backend().client(), table, 40, 4);
        TableInfo info = tables.info(table);
        ItemSaver saver = tables.services().saver();
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            // As the editor loads it: what the server returns, in its own spelling of numbers and sets.
            Map<String, AttributeValue> loaded = stored(tables, table, RandomTables.item(i, 4));
            Map<String, AttributeValue> edited = new LinkedHashMap<>(loaded);
            edited.put("s", AttributeValue.fromS("edited " + i + " ✓"));
            edited.remove("bool");
            edited.put("added", AttributeValue.fromNs(List.of("1", "12345678901234567890123456789012345678", "-1E-130")));
            if (tables.backend().kind() != Backend.Kind.DYNALITE) {
                // dynalite compares maps and lists by identity in conditions (its valsEqual), so a
                // condition on a map's loaded value never holds there: a false conflict, not ours.
                edited.put("m", AttributeValue.fromM(Map.of("only", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, (byte) 255, 10})))));
            }
            if (random.nextBoolean()) {
                edited.put("ss", AttributeValue.fromSs(List.of("one", "two")));
            }
            SavePlan plan = saver.plan(table, info, AttributeValues.toItem(loaded), AttributeValues.toItem(edited));
            assertThat(saver.execute(plan, info)).isInstanceOf(SaveOutcome.Saved.class);
            assertThat(Typed.item(stored(tables, table, loaded))).as("item " + i).isEqualTo(Typed.item(edited));
        }
        tables.compared(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dynamodesk.differential.Cases#backends")
    void aKeyChangeMovesTheItemWhole(Backend.Kind kind) {
        SharedTables tables = SharedTables.of(kind);
        assumeTrue(tables.backend().kind() != Backend.Kind.DYNALITE, "dynalite has no transactions (TransactWriteItems)");
        String table = "DiffMoves";
        RandomTables.create(tables.backend().client(), table);
        RandomTables.load(tables.backend().client(), table, 10, 2);
        TableInfo info = tables.info(table);
        ItemSaver saver = tables.services().saver();
        for (int i = 0; i < 10; i++) {
            Map<String, AttributeValue> loaded = stored(tables, table, RandomTables.item(i, 2));
            Map<String, AttributeValue> moved = new LinkedHashMap<>(loaded);
            moved.put("sk", AttributeValue.fromN(Integer.toString(1_000 + i)));
            Item before = AttributeValues.toItem(loaded);
            SaveOutcome outcome = saver.execute(saver.plan(table, info, before, AttributeValues.toItem(moved)), info);
            assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
            assertThat(Typed.item(stored(tables, table, moved))).isEqualTo(Typed.item(moved));
            assertThat(stored(tables, table, loaded)).isEmpty();
        }
        tables.compared(10);
    }

    private static Map<String, AttributeValue> stored(SharedTables tables, String table, Map<String, AttributeValue> item) {
        return tables.backend().client().getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))).item();
    }
}
