package dev.dynamodesk.dynamo.bulk;

/** What a running bulk change tells its watcher: where its journal is, as soon as it exists, and its counts as they grow. */
public interface BulkProgress {
    default void journalStarted(java.nio.file.Path file) {
    }

    void counts(BulkTally.Counts counts);
}
