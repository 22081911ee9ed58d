package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.dynamo.ItemsByKey;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemReader;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.stream.ChunkStream;
import dev.dynamodesk.dynamo.stream.SegmentRead;
import dev.dynamodesk.item.Item;
import java.util.List;
import java.util.concurrent.CancellationException;

/** The sources a bulk run reads from. */
final class ItemSources {
    private ItemSources() {
    }

    /** A scan or query; on an index, each chunk's items are read again whole from the table. */
    static ItemSource of(QueryPlan plan, int segments, ItemReader reader, ItemsByKey whole, TableInfo info) {
        boolean onIndex = plan.query().indexName() != null;
        return (stop, chunks) -> {
            try (ChunkStream<ItemPage> stream = reader.streamSegments(plan, segments, ItemSource.CHUNK_ITEMS, 8, stop)) {
                SegmentRead.Delivered<ItemPage> delivered;
                while ((delivered = stream.next(stop)) != null) {
                    List<Item> items = delivered.chunk().items();
                    chunks.accept(onIndex ? whole.read(info.name(), info, items) : items);
                }
                stream.account().requireComplete();
            } catch (CancellationException stopped) {
                if (!stop.getAsBoolean()) {
                    throw stopped;
                }
            }
        };
    }

    /** Rows picked by the user (the grid's selection, a console's results): read again whole from the table. */
    static ItemSource of(List<Item> rows, ItemsByKey whole, TableInfo info) {
        return (stop, chunks) -> {
            for (int start = 0; start < rows.size() && !stop.getAsBoolean(); start += ItemSource.CHUNK_ITEMS) {
                chunks.accept(whole.read(info.name(), info, rows.subList(start, Math.min(rows.size(), start + ItemSource.CHUNK_ITEMS))));
            }
        };
    }
}
