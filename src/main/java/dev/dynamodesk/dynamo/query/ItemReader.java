package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.Retries;
import dev.dynamodesk.dynamo.stream.ChunkStream;
import dev.dynamodesk.dynamo.stream.ReadAccount;
import dev.dynamodesk.dynamo.stream.SegmentRead;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Runs a {@link QueryPlan} page by page. Every request sets {@code Limit}: DynamoDB Local spends
 * time proportional to the rows left on each unlimited 1 MB page, so a full scan without it is
 * quadratic (100,000 items: 324 s against 21 s with a limit of 1,000).
 *
 * <p>With a filter, a response may hold no items and still have a {@code LastEvaluatedKey}: that
 * is not the end. Only a missing key is.
 */
public final class ItemReader {
    /** Items asked for per request. */
    public static final int REQUEST_LIMIT = 500;
    /** The largest page a streamed read asks for (DynamoDB also ends a page at 1 MB). */
    static final int STREAM_PAGE_LIMIT = 1_000;

    private final DynamoDbClient client;

    public ItemReader(DynamoDbClient client) {
        this.client = client;
    }

    /** One request: at most {@code limit} items evaluated, starting after {@code startKey}. */
    public ItemPage readPage(QueryPlan plan, Item startKey, int limit) {
        return readPage(plan, 0, 1, startKey, limit);
    }

    /** One request of one scan segment ({@code totalSegments} 1 for a plain scan or a query). */
    public ItemPage readPage(QueryPlan plan, int segment, int totalSegments, Item startKey, int limit) {
        if (plan.isQuery()) {
            QueryResponse response = Retries.call(() -> client.query(plan.queryRequest(startKey, limit, false)));
            return page(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
                    response.scannedCount(), response.consumedCapacity());
        }
        ScanResponse response = Retries.call(() -> client.scan(plan.scanRequest(startKey, limit, false, segment, totalSegments)));
        return page(response.items(), response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null,
                response.scannedCount(), response.consumedCapacity());
    }

    /**
     * Requests pages until at least {@code wanted} items have come back or there are no more, so a
     * selective filter does not leave the user looking at empty pages. The result starts at
     * {@code startKey} and ends at the last page's {@code LastEvaluatedKey}: reading again from the
     * same start key gives the same chunk.
     */
    public ItemPage readChunk(QueryPlan plan, Item startKey, int wanted, BooleanSupplier cancelled) {
        return readChunk(plan, 0, 1, startKey, wanted, cancelled);
    }

    /** {@link #readChunk(QueryPlan, Item, int, BooleanSupplier)} within one segment of a parallel scan. */
    public ItemPage readChunk(QueryPlan plan, int segment, int totalSegments, Item startKey, int wanted,
                              BooleanSupplier cancelled) {
        return readWhile(plan, segment, totalSegments, startKey, REQUEST_LIMIT, cancelled,
                (items, scanned, next) -> items < wanted);
    }

    /**
     * Reads again what a chunk read before: from {@code startKey} until a page ends at
     * {@code endKey} (null: the end). If the table changed so that page never comes, it stops once
     * {@code maxScanned} items were evaluated, rather than reading on to the end of a huge table.
     */
    public ItemPage readRange(QueryPlan plan, int segment, int totalSegments, Item startKey, Item endKey,
                              int maxScanned, BooleanSupplier cancelled) {
        return readWhile(plan, segment, totalSegments, startKey, REQUEST_LIMIT, cancelled,
                (items, scanned, next) -> !next.equals(endKey) && scanned < maxScanned);
    }

    /** Whether to ask for another page, given what was read so far and where the next would start. */
    private interface GoOn {
        boolean test(int items, int scanned, Item next);
    }

    private ItemPage readWhile(QueryPlan plan, int segment, int totalSegments, Item startKey, int pageLimit,
                               BooleanSupplier cancelled, GoOn goOn) {
        List<Item> items = new ArrayList<>();
        Item next = startKey;
        int scanned = 0;
        double capacity = 0;
        do {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Stopped after " + scanned + " items were read");
            }
            ItemPage page = readPage(plan, segment, totalSegments, next, pageLimit);
            items.addAll(page.items());
            scanned += page.scannedCount();
            capacity += page.consumedCapacity();
            next = page.lastEvaluatedKey();
        } while (next != null && goOn.test(items.size(), scanned, next));
        return new ItemPage(items, next, scanned, capacity);
    }

    /**
     * Reads everything with {@code totalSegments} parallel scan segments (a query runs as one),
     * in chunks of about {@code wanted} items, handing each to {@code sink} on its segment's thread
     * as it arrives (empty chunks too). {@code startKeys} gives, per segment, where to continue
     * (null: from the start); a segment whose entry is missing is skipped. Returns once every
     * segment has reached its end.
     */
    public ReadAccount readSegments(QueryPlan plan, int totalSegments, Map<Integer, Item> startKeys, int wanted,
                                    BooleanSupplier cancelled, SegmentRead.Sink<ItemPage> sink) {
        int segments = plan.isQuery() ? 1 : totalSegments;
        return SegmentRead.run(segments, plan.isQuery() ? onlyFirst(startKeys) : startKeys,
                chunkReader(plan, wanted), cancelled, sink);
    }

    /** The same read handed to the caller's thread over a bounded queue of {@code queued} chunks. */
    public ChunkStream<ItemPage> streamSegments(QueryPlan plan, int totalSegments, int wanted, int queued,
                                                BooleanSupplier cancelled) {
        int segments = plan.isQuery() ? 1 : Math.max(1, totalSegments);
        return SegmentRead.stream(segments, SegmentRead.fromTheStart(segments), chunkReader(plan, wanted), cancelled, queued);
    }

    /**
     * Chunks of a streamed read. Chunks of more than {@value #REQUEST_LIMIT} items (export, copy,
     * compare) are read in pages of up to {@value #STREAM_PAGE_LIMIT}, half the requests for items of
     * 1 KB; the grid's chunks keep pages of {@value #REQUEST_LIMIT}, which {@link #readRange} repeats.
     */
    private SegmentRead.ChunkReader<ItemPage> chunkReader(QueryPlan plan, int wanted) {
        int pageLimit = Math.min(STREAM_PAGE_LIMIT, Math.max(REQUEST_LIMIT, wanted));
        return (segment, total, startKey, cancelled) -> readWhile(plan, segment, total, startKey, pageLimit, cancelled,
                (items, scanned, next) -> items < wanted);
    }

    private static Map<Integer, Item> onlyFirst(Map<Integer, Item> startKeys) {
        Map<Integer, Item> first = new HashMap<>();
        if (startKeys.containsKey(0)) {
            first.put(0, startKeys.get(0));
        }
        return first;
    }

    private static ItemPage page(List<Map<String, AttributeValue>> rawItems, Map<String, AttributeValue> lastKey,
                                 Integer scannedCount, ConsumedCapacity consumed) {
        List<Item> items = new ArrayList<>(rawItems.size());
        for (Map<String, AttributeValue> attributes : rawItems) {
            items.add(AttributeValues.toItem(attributes));
        }
        Item next = lastKey == null || lastKey.isEmpty() ? null : AttributeValues.toItem(lastKey);
        double capacity = consumed == null || consumed.capacityUnits() == null ? 0 : consumed.capacityUnits();
        return new ItemPage(items, next, scannedCount == null ? items.size() : scannedCount, capacity);
    }
}
