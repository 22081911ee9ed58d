package dev.dynamodesk.local;

/**
 * How far seeding the sample data got, kept beside the database so an interrupted first run
 * resumes where it stopped and a finished one never writes over the user's edits again.
 */
public record SeedState(long eventsWritten, long eventsTotal) {
    public boolean complete() {
        return eventsWritten >= eventsTotal;
    }
}
