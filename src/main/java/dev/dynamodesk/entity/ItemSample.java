package dev.dynamodesk.entity;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.InvalidQueryException;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.ItemReader;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The first items of a table's scan, what entity detection looks at (a sample read in pages, stopping at {@code count}). */
public final class ItemSample {
    private ItemSample() {
    }

    public static List<Item> read(ItemReader reader, TableInfo table, int count, BooleanSupplier cancelled) {
        QueryPlan plan;
        try {
            plan = QueryPlan.of(ItemQuery.scanAll(table.name()), table);
        } catch (InvalidQueryException e) {
            throw new IllegalStateException(e);
        }
        List<Item> items = new ArrayList<>();
        Item startKey = null;
        do {
            ItemPage page = reader.readChunk(plan, startKey, Math.min(1_000, count - items.size()), cancelled);
            items.addAll(page.items().subList(0, Math.min(page.items().size(), count - items.size())));
            startKey = page.lastEvaluatedKey();
        } while (startKey != null && items.size() < count && !cancelled.getAsBoolean());
        return items;
    }
}
