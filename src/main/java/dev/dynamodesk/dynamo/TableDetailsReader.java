package dev.dynamodesk.dynamo;

/**
 * Everything the Info view shows of a table (settings, TTL, streams, indexes), read in one go.
 * {@link TableDescriber} asks DynamoDB; the Info view's model depends on this alone.
 */
public interface TableDetailsReader {
    /** Blocking; run it off the FX thread. */
    TableDetails describe(String tableName);
}
