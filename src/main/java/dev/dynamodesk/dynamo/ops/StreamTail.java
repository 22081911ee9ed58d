package dev.dynamodesk.dynamo.ops;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Follows a table's stream on the caller's thread until stopped: every shard (new ones as the
 * stream splits or rolls over), from the latest record or from the oldest kept (TRIM_HORIZON),
 * polled in turn, each batch of records handed over as it comes. Holds nothing but the shards'
 * positions: what is kept of the records is the caller's choice. Owns its streams client.
 */
public final class StreamTail implements AutoCloseable {
    /** A change as the stream recorded it; images are null where the view type leaves them out. */
    public record Change(String shardId, String sequenceNumber, String eventName, Instant time, Item keys, Item oldImage,
                         Item newImage) {
    }

    private static final long IDLE_PAUSE_MILLIS = 1_000;
    private static final long SHARD_REFRESH_MILLIS = 10_000;

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final boolean fromOldest;

    /** @param fromOldest start each shard at the oldest record kept (TRIM_HORIZON) rather than after the latest */
    public StreamTail(DynamoDbStreamsClient streams, String streamArn, boolean fromOldest) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.fromOldest = fromOldest;
    }

    /**
     * Polls until {@code stop} is true (or the thread is interrupted); {@code paused} holds polling
     * without losing the positions. Returns normally when stopped.
     */
    public void follow(BooleanSupplier stop, BooleanSupplier paused, Consumer<List<Change>> changes) {
        Map<String, String> iterators = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        long lastShardRefresh = 0;
        while (!stop.getAsBoolean()) {
            if (System.currentTimeMillis() - lastShardRefresh > SHARD_REFRESH_MILLIS || iterators.isEmpty()) {
                for (Shard shard : shards()) {
                    if (known.add(shard.shardId())) {
                        // A shard found after the start (a split or a rollover) is read from its beginning: it is all new.
                        boolean oldest = fromOldest || lastShardRefresh > 0;
                        iterators.put(shard.shardId(), iterator(shard.shardId(), oldest));
                    }
                }
                lastShardRefresh = System.currentTimeMillis();
            }
            boolean any = false;
            if (!paused.getAsBoolean()) {
                for (String shardId : List.copyOf(iterators.keySet())) {
                    if (stop.getAsBoolean()) {
                        return;
                    }
                    String position = iterators.get(shardId);
                    if (position == null) {
                        iterators.remove(shardId); // closed and read to its end
                        continue;
                    }
                    GetRecordsResponse page;
                    try {
                        page = streams.getRecords(b -> b.shardIterator(position).limit(1_000));
                    } catch (ExpiredIteratorException | TrimmedDataAccessException lost) {
                        iterators.put(shardId, iterator(shardId, false));
                        continue;
                    }
                    iterators.put(shardId, page.nextShardIterator());
                    if (!page.records().isEmpty()) {
                        any = true;
                        changes.accept(page.records().stream().map(record -> change(shardId, record)).toList());
                    }
                }
            }
            if (!any) {
                pause();
            }
        }
    }

    private List<Shard> shards() {
        List<Shard> shards = new ArrayList<>();
        String after = null;
        do {
            String from = after;
            var description = streams.describeStream(b -> b.streamArn(streamArn).exclusiveStartShardId(from)).streamDescription();
            shards.addAll(description.shards());
            after = description.lastEvaluatedShardId();
        } while (after != null);
        return shards;
    }

    private String iterator(String shardId, boolean oldest) {
        return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shardId)
                .shardIteratorType(oldest ? ShardIteratorType.TRIM_HORIZON : ShardIteratorType.LATEST)).shardIterator();
    }

    private static Change change(String shardId, Record record) {
        var data = record.dynamodb();
        return new Change(shardId, data.sequenceNumber(), record.eventNameAsString(), data.approximateCreationDateTime(),
                item(data.keys()), data.hasOldImage() ? item(data.oldImage()) : null, data.hasNewImage() ? item(data.newImage()) : null);
    }

    private static Item item(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> attributes) {
        return attributes == null ? null : AttributeValues.toItem(attributes);
    }

    /** Closes the stream client the tail was given. */
    @Override
    public void close() {
        streams.close();
    }

    private static void pause() {
        try {
            Thread.sleep(IDLE_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Stopped");
        }
    }
}
