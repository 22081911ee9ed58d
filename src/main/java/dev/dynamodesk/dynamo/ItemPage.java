package dev.dynamodesk.dynamo;

import dev.dynamodesk.dynamo.stream.SegmentChunk;
import dev.dynamodesk.item.Item;
import java.util.List;

/**
 * One page of a scan or query. {@code lastEvaluatedKey} is null only when there is nothing more:
 * a page with no matching items but a key is not the end.
 */
public record ItemPage(List<Item> items, Item lastEvaluatedKey, int scannedCount, double consumedCapacity)
        implements SegmentChunk {
    public ItemPage {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return lastEvaluatedKey != null;
    }

    @Override
    public long itemCount() {
        return items.size();
    }

    @Override
    public long evaluatedCount() {
        return scannedCount;
    }
}
