package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.item.Item;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Where a bulk run's items come from, handed over in chunks of whole items: a scan or query of
 * the table (parallel segments, streamed), or of an index or a list of rows, whose items are read
 * again whole from the table by key.
 */
public interface ItemSource {
    /** Items per chunk: also the journal's batch. */
    int CHUNK_ITEMS = 100;

    /** Hands every item over in chunks, until the end or until {@code stop} turns true (then it returns early). */
    void read(BooleanSupplier stop, Consumer<List<Item>> chunks);
}
