package dev.dynamodesk.dynamo.stream;

import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The one engine for "read segments in parallel, hand chunks to a consumer": export, the grid's
 * "All", count, and whatever streams a table later. Each segment reads chunk after chunk on its own
 * thread until a chunk comes back without a {@code LastEvaluatedKey}; every chunk, empty or not, is
 * handed over as it is; the run ends when every segment has ended (tracked per segment, never
 * guessed from a chunk's contents), and a failure in any segment fails the run.
 */
public final class SegmentRead {
    private SegmentRead() {
    }

    /** Reads one chunk of one segment, starting after {@code startKey} (null: the segment's start). */
    @FunctionalInterface
    public interface ChunkReader<C extends SegmentChunk> {
        C read(int segment, int totalSegments, Item startKey, BooleanSupplier cancelled);
    }

    /** A chunk as handed over: its segment and the key it started after. */
    public record Delivered<C extends SegmentChunk>(int segment, Item startKey, C chunk) {
    }

    /** Receives each chunk, on its segment's thread. A failure here fails the run. */
    @FunctionalInterface
    public interface Sink<C extends SegmentChunk> {
        void accept(Delivered<C> delivered) throws Exception;
    }

    /** Every segment of {@code 0..totalSegments-1} from its start. */
    public static Map<Integer, Item> fromTheStart(int totalSegments) {
        Map<Integer, Item> starts = new TreeMap<>();
        for (int segment = 0; segment < totalSegments; segment++) {
            starts.put(segment, null);
        }
        return starts;
    }

    /**
     * Reads every segment named in {@code startKeys} (from the key given, null: from its start;
     * segments not named are left alone) with one thread per segment, handing each chunk to
     * {@code sink}. Returns the account once every segment has reached its end.
     *
     * @throws CancellationException when {@code cancelled} turns true
     */
    public static <C extends SegmentChunk> ReadAccount run(int totalSegments, Map<Integer, Item> startKeys,
                                                           ChunkReader<C> reader, BooleanSupplier cancelled,
                                                           Sink<C> sink) {
        List<Integer> segments = new ArrayList<>(new TreeMap<>(startKeys).keySet());
        for (int segment : segments) {
            if (segment < 0 || segment >= totalSegments) {
                throw new IllegalArgumentException("Segment " + segment + " is not one of " + totalSegments);
            }
        }
        Tally[] tallies = new Tally[segments.size()];
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new Tally(segments.get(i));
        }
        Workers.forEach(segments.size(), "read-segment", index -> {
            Tally tally = tallies[index];
            Item next = startKeys.get(tally.segment);
            do {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("Stopped after " + sum(tallies) + " items were read");
                }
                C chunk = reader.read(tally.segment, totalSegments, next, cancelled);
                tally.add(chunk);
                sink.accept(new Delivered<>(tally.segment, next, chunk));
                next = chunk.lastEvaluatedKey();
            } while (next != null);
            tally.completed = true;
        });
        List<ReadAccount.SegmentTally> figures = new ArrayList<>();
        for (Tally tally : tallies) {
            figures.add(tally.figures());
        }
        return new ReadAccount(figures).requireComplete();
    }

    /**
     * The same read, handed over a bounded queue to one consumer thread (the caller's): readers
     * wait when the consumer falls behind, so memory stays the same whatever the table's size.
     */
    public static <C extends SegmentChunk> ChunkStream<C> stream(int totalSegments, Map<Integer, Item> startKeys,
                                                                 ChunkReader<C> reader, BooleanSupplier cancelled,
                                                                 int queuedChunks) {
        return new ChunkStream<>(queuedChunks, (stop, sink) -> run(totalSegments, startKeys, reader,
                () -> cancelled.getAsBoolean() || stop.getAsBoolean(), sink));
    }

    private static long sum(Tally[] tallies) {
        long items = 0;
        for (Tally tally : tallies) {
            items += tally.items;
        }
        return items;
    }

    /** One segment's running figures; written by its own thread, read after the run. */
    private static final class Tally {
        private final int segment;
        private volatile long items;
        private volatile long scanned;
        private volatile long chunks;
        private volatile boolean completed;

        Tally(int segment) {
            this.segment = segment;
        }

        void add(SegmentChunk chunk) {
            items += chunk.itemCount();
            scanned += chunk.evaluatedCount();
            chunks++;
        }

        ReadAccount.SegmentTally figures() {
            return new ReadAccount.SegmentTally(segment, items, scanned, chunks, completed);
        }
    }
}
