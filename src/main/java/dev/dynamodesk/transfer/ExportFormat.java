package dev.dynamodesk.transfer;

/** The formats items are exported to and imported from. */
public enum ExportFormat {
    /** One {@code {"Item": {...}}} per line, as DynamoDB's export to S3 writes: exact. */
    DYNAMODB_JSON_LINES("DynamoDB JSON lines", "jsonl"),
    /** Plain JSON, an array of objects: readable, but sets and binary lose their type. */
    JSON_ARRAY("JSON array", "json"),
    /** Plain JSON, one object per line. */
    JSON_LINES("JSON lines", "ndjson"),
    /** One row per item, the chosen columns; nested values as JSON in a cell. */
    CSV("CSV", "csv");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }
}
