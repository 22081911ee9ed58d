package dev.dynamodesk.dynamo;

/** A secondary index: global or local, with its key attributes (sort key may be null). */
public record IndexInfo(String name, boolean global, KeyAttribute partitionKey, KeyAttribute sortKey) {
}
