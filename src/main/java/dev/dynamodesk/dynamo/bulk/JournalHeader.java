package dev.dynamodesk.dynamo.bulk;

import java.time.Instant;
import java.util.List;

/**
 * The first line of a journal: what the run was, where, and when. {@code source} says which
 * items it read ("scan Orders where status = open"); {@code reverts} names the journal a revert
 * undid (null otherwise).
 */
public record JournalHeader(String kind, String table, String connection, String endpoint, String region,
                            Instant started, List<String> changes, String source, String reverts) {
    public static final String UPDATE = "update";
    public static final String DELETE = "delete";
    public static final String REVERT = "revert";

    public JournalHeader {
        changes = List.copyOf(changes);
    }
}
