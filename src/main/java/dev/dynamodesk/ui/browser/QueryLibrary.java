package dev.dynamodesk.ui.browser;

import java.util.List;
import java.util.Map;

/** Recent and saved queries, per connection and table. */
public interface QueryLibrary {
    /** How many recent queries are kept per table. */
    int HISTORY_SIZE = 25;

    /** Newest first. */
    List<QueryForm> history(String tableKey);

    /** Adds a query that ran to the front of the history (once). */
    void remember(String tableKey, QueryForm form);

    /** Saved queries by name, in name order. */
    Map<String, QueryForm> saved(String tableKey);

    void save(String tableKey, String name, QueryForm form);

    void forget(String tableKey, String name);
}
