package dev.dynamodesk.dynamo.partiql;

import dev.dynamodesk.item.Item;
import java.util.List;

/**
 * What one run of a statement gave: for a SELECT a page of items and the token for the next page;
 * for a write, how many items it changed ({@code affected}) and a sentence saying so.
 * {@code consumedCapacity} is null when the endpoint does not report it (DynamoDB Local).
 * {@code requests} counts the calls made (a SELECT page may need several when a filter matches little).
 */
public record StatementResult(StatementShape.Kind kind, List<Item> items, String nextToken, Double consumedCapacity,
        int affected, String summary, int requests) {

    public StatementResult {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return nextToken != null;
    }
}
