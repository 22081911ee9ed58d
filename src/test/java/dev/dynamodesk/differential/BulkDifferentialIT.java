package dev.dynamodesk.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.bulk.BulkChanges;
import dev.dynamodesk.dynamo.bulk.BulkOutcome;
import dev.dynamodesk.dynamo.bulk.BulkSettings;
import dev.dynamodesk.dynamo.bulk.JournalHeader;
import dev.dynamodesk.dynamo.bulk.JournalReader;
import dev.dynamodesk.dynamo.bulk.RunControl;
import dev.dynamodesk.dynamo.query.Condition;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.change.Change;
import dev.dynamodesk.item.change.ChangeSet;
import dev.dynamodesk.item.edit.ValuePath;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bulk update, delete and revert on every backend, checked with the SDK's paginator against the
 * expected table worked out on the SDK's own maps (none of our item code): every item changed as
 * asked and nothing else, and revert gives back the original table value by value.
 */
class BulkDifferentialIT {
    @AfterAll
    static void figures() {
        SharedTables.printFigures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dynamodesk.differential.Cases#backends")
    void aBulkUpdateChangesExactlyWhatItSaysAndRevertGivesTheTableBack(Backend.Kind kind) throws Exception {
        SharedTables tables = SharedTables.of(kind);
        boolean nested = kind != Backend.Kind.DYNALITE; // dynalite compares maps in conditions by identity (see SaveDifferentialIT)
        String table = "DiffBulkUpdate";
        int count = tables.slow() ? 120 : 600;
        RandomTables.create(tables.backend().client(), table);
        RandomTables.load(tables.backend().client(), table, count, 7);
        List<Map<String, AttributeValue>> original = raw(tables, table);
        TableInfo info = tables.info(table);
        List<Change> changes = new ArrayList<>(List.of(
                new Change.SetValue(ValuePath.attribute("s"), new StringValue("bulk ✓ 😀")),
                new Change.Remove(ValuePath.attribute("bool")),
                new Change.AddTo(ValuePath.attribute("ss"), StringSetValue.of(List.of("added")))));
        if (nested) {
            changes.add(new Change.SetValue(ValuePath.attribute("m").key("name"), new StringValue("nested")));
        }
        BulkChanges bulk = tables.services().bulk();
        Path journals = Files.createTempDirectory("bulk-journals");
        BulkOutcome outcome = bulk.run(bulk.source(QueryPlan.of(ItemQuery.scanAll(table), info), info, 3), info,
                ChangeSet.of(changes), header(table), journals, BulkSettings.defaults(), new RunControl(), counts -> { });
        assertThat(outcome.counts().summary()).isEqualTo(String.format(
                "changed %,d, unchanged 0, skipped (changed since read) 0, failed 0", count));

        List<Map<String, Typed>> expected = new ArrayList<>();
        for (Map<String, AttributeValue> item : original) {
            Map<String, AttributeValue> changed = new HashMap<>(item);
            changed.put("s", AttributeValue.fromS("bulk ✓ 😀"));
            changed.remove("bool");
            Set<String> members = new LinkedHashSet<>(item.get("ss").ss());
            members.add("added");
            changed.put("ss", AttributeValue.fromSs(new ArrayList<>(members)));
            if (nested) {
                Map<String, AttributeValue> map = new HashMap<>(item.get("m").m());
                map.put("name", AttributeValue.fromS("nested"));
                changed.put("m", AttributeValue.fromM(map));
            }
            expected.add(Typed.item(changed));
        }
        SameItems.assertSame(kind + " after the update", expected, ReferenceReader.scan(tables.backend().client(), table),
                RandomTables.KEYS);

        BulkOutcome reverted = bulk.reverter().revert(JournalReader.open(outcome.journal()), info, header(table), journals,
                BulkSettings.defaults(), new RunControl(), counts -> { });
        assertThat(reverted.counts().changed()).isEqualTo(count);
        SameItems.assertSame(kind + " after the revert", original.stream().map(Typed::item).toList(),
                ReferenceReader.scan(tables.backend().client(), table), RandomTables.KEYS);
        tables.compared(3L * count);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.dynamodesk.differential.Cases#backends")
    void aBulkDeleteByFilterAndItsRevert(Backend.Kind kind) throws Exception {
        assumeTrue(kind != Backend.Kind.DYNALITE, "dynalite compares maps in conditions by identity: a delete conditioned on"
                + " the whole item as read never holds there (a false 'changed since read', not ours)");
        SharedTables tables = SharedTables.of(kind);
        String table = "DiffBulkDelete";
        int count = tables.slow() ? 120 : 600;
        RandomTables.create(tables.backend().client(), table);
        RandomTables.load(tables.backend().client(), table, count, 5);
        List<Map<String, AttributeValue>> original = raw(tables, table);
        TableInfo info = tables.info(table);
        QueryPlan active = QueryPlan.of(ItemQuery.scanAll(table).withFilter(List.of(FilterClause.and(
                Condition.of("status", Operator.EQ, new StringValue("active"))))), info);
        long matching = original.stream().filter(item -> item.containsKey("status") && item.get("status").s().equals("active")).count();
        BulkChanges bulk = tables.services().bulk();
        Path journals = Files.createTempDirectory("bulk-journals");
        BulkOutcome deleted = bulk.run(bulk.source(active, info, 4), info, ChangeSet.deletingItems(), header(table), journals,
                BulkSettings.defaults(), new RunControl(), counts -> { });
        assertThat(deleted.counts().changed()).isEqualTo(matching).isPositive();
        SameItems.assertSame(kind + " after the delete", original.stream()
                        .filter(item -> !(item.containsKey("status") && item.get("status").s().equals("active"))).map(Typed::item).toList(),
                ReferenceReader.scan(tables.backend().client(), table), RandomTables.KEYS);

        bulk.reverter().revert(JournalReader.open(deleted.journal()), info, header(table), journals, BulkSettings.defaults(),
                new RunControl(), counts -> { });
        SameItems.assertSame(kind + " after the revert", original.stream().map(Typed::item).toList(),
                ReferenceReader.scan(tables.backend().client(), table), RandomTables.KEYS);
        tables.compared(2L * count);
    }

    private static JournalHeader header(String table) {
        return new JournalHeader(JournalHeader.UPDATE, table, "differential", null, null, Instant.now(), List.of(), "scan", null);
    }

    private static List<Map<String, AttributeValue>> raw(SharedTables tables, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        tables.backend().client().scanPaginator(b -> b.tableName(table)).items().forEach(items::add);
        return items;
    }
}
