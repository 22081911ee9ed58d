package dev.dynamodesk.ui.browser;

/**
 * How the grid reads: about how many items a chunk brings, how many items may stay in memory
 * before old chunks are dropped, and how many parallel segments "Load all" uses on a Scan.
 */
public record GridSettings(int chunkSize, int maxLoadedItems, int loadAllSegments) {
    /** 20,000 items of ~1.4 KB (the sample events) hold about 30 MB. */
    public static GridSettings defaults() {
        return new GridSettings(500, 20_000, 4);
    }
}
