package dev.dynamodesk.dynamo.bulk;

/**
 * How a bulk run sends its writes: how many at once, and at most how many a second (0: as fast as
 * the table takes them; throttling is waited out either way).
 */
public record BulkSettings(int inFlight, double ratePerSecond, int segments) {
    public static final int DEFAULT_IN_FLIGHT = 8;
    public static final int DEFAULT_SEGMENTS = 4;

    public BulkSettings {
        if (inFlight < 1 || inFlight > 256) {
            throw new IllegalArgumentException("Writes in flight must be between 1 and 256");
        }
        if (ratePerSecond < 0) {
            throw new IllegalArgumentException("The rate cannot be negative");
        }
        if (segments < 1) {
            throw new IllegalArgumentException("Segments must be at least 1");
        }
    }

    public static BulkSettings defaults() {
        return new BulkSettings(DEFAULT_IN_FLIGHT, 0, DEFAULT_SEGMENTS);
    }

    public BulkSettings withRate(double perSecond) {
        return new BulkSettings(inFlight, perSecond, segments);
    }
}
