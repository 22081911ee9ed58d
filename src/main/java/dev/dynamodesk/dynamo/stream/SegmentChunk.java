package dev.dynamodesk.dynamo.stream;

import dev.dynamodesk.item.Item;

/**
 * What one step of a segment's read hands over: how many items it holds, how many the server
 * evaluated, and where the segment goes on. A chunk with no items is an ordinary chunk; only a
 * null {@link #lastEvaluatedKey()} ends a segment.
 */
public interface SegmentChunk {
    /** Where the segment continues; null when this chunk was its last. */
    Item lastEvaluatedKey();

    /** Items (or, for a count, matches) in this chunk. */
    long itemCount();

    /** Items the server evaluated for this chunk, filtered out or not. */
    long evaluatedCount();
}
