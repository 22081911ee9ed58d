package dev.dynamodesk.dynamo.query;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Counts what a query or scan matches. {@link ItemCounter} asks DynamoDB with Select=COUNT; the
 * grid's count model depends on this alone.
 */
public interface MatchCounter {
    /**
     * Counts every match, reporting the running total after each request (from any thread);
     * {@code cancelled} stops it after the requests in flight.
     */
    ItemCounter.Count count(QueryPlan plan, int segments, BooleanSupplier cancelled, Consumer<ItemCounter.Count> progress);
}
