package dev.dynamodesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnPlannerTest {
    @Test
    void putsKeysFirstThenTheMostCommonAttributes() {
        ColumnPlanner planner = new ColumnPlanner();
        List<Item> page = List.of(
                Item.builder().s("pk", "1").s("sk", "a").s("rare", "x").s("common", "y").build(),
                Item.builder().s("pk", "2").s("sk", "b").s("common", "y").s("Beta", "z").build(),
                Item.builder().s("pk", "3").s("sk", "c").s("common", "y").s("alpha", "z").build());
        assertThat(planner.newColumns(List.of("pk", "sk"), List.of(), page))
                .containsExactly("pk", "sk", "common", "alpha", "Beta", "rare");
    }

    @Test
    void readingAnIndexPutsItsWholeKeyAfterTheTablesUnlessAnEntityOrdersTheColumns() {
        var key = (java.util.function.BiFunction<String, dev.dynamodesk.item.AttributeType, dev.dynamodesk.dynamo.KeyAttribute>)
                dev.dynamodesk.dynamo.KeyAttribute::new;
        dev.dynamodesk.dynamo.TableInfo info = new dev.dynamodesk.dynamo.TableInfo("T", "ACTIVE", key.apply("id", dev.dynamodesk.item.AttributeType.S),
                null, List.of(new dev.dynamodesk.dynamo.IndexInfo("multi", true, key.apply("a", dev.dynamodesk.item.AttributeType.S),
                key.apply("c", dev.dynamodesk.item.AttributeType.S), List.of(key.apply("b", dev.dynamodesk.item.AttributeType.N)),
                List.of(key.apply("d", dev.dynamodesk.item.AttributeType.N), key.apply("id", dev.dynamodesk.item.AttributeType.S)))),
                0, 0, "PAY_PER_REQUEST");
        ColumnPlanner planner = new ColumnPlanner();
        assertThat(planner.keyColumns(info, null)).containsExactly("id");
        assertThat(planner.keyColumns(info, "multi")).containsExactly("id", "a", "b", "c", "d");
        planner.prefer(List.of("{email}"), java.util.Map.of());
        assertThat(planner.keyColumns(info, "multi")).containsExactly("id");
        assertThat(planner.keyColumns(null, "multi")).isEmpty();
    }

    @Test
    void keepsShownColumnsInPlaceAndAppendsNewOnes() {
        ColumnPlanner planner = new ColumnPlanner();
        List<String> shown = new ArrayList<>(planner.newColumns(List.of("id"), List.of(),
                List.of(Item.builder().s("id", "1").s("a", "x").build())));
        List<String> added = planner.newColumns(List.of("id"), shown,
                List.of(Item.builder().s("id", "2").s("b", "x").s("a", "y").build()));
        assertThat(shown).containsExactly("id", "a");
        assertThat(added).containsExactly("b");
    }

    @Test
    void sizesAColumnForMostOfItsValuesWithinBounds() {
        List<Item> sample = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            sample.add(Item.builder().s("code", "ABCDEFGHIJ").build());
        }
        sample.add(Item.builder().s("code", "x".repeat(500)).build());
        assertThat(ColumnPlanner.widthInChars("code", sample, 48)).isEqualTo(10);
        assertThat(ColumnPlanner.widthInChars("aVeryLongAttributeName", sample, 48)).isEqualTo(25);
        assertThat(ColumnPlanner.widthInChars("n", List.of(), 48)).isEqualTo(6);
        assertThat(ColumnPlanner.widthInChars("code", List.of(Item.builder().s("code", "y".repeat(100)).build()), 48)).isEqualTo(48);
    }
}
