package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.collections.ObservableListBase;

/**
 * The grid's rows, held as the chunks they were read in. Only a bounded number of items stays in
 * memory: when there are more, the chunks read longest ago are dropped, keeping only their size and
 * the key they started from. A dropped row shows as {@link #PLACEHOLDER} and asks for its chunk to
 * be read again, so scrolling back to it brings it back. Dropping is not a change of the list (the
 * row is still the same item); reading it back is, since the table may have changed meanwhile.
 */
final class ChunkedRows extends ObservableListBase<Item> {
    /** Stands in for a row whose chunk is being read again. Compared by identity. */
    static final Item PLACEHOLDER = new Item(Map.of());

    /** Where a chunk starts: the scan segment it belongs to and the key to start after. */
    record Start(int segment, int totalSegments, Item startKey) {
    }

    static final class Chunk {
        private final Start start;
        private final Item endKey;
        private final int scanned;
        private List<Item> items;
        private int size;
        private long lastUsed;

        private Chunk(Start start, List<Item> items, Item endKey, int scanned) {
            this.start = start;
            this.items = items;
            this.size = items.size();
            this.endKey = endKey;
            this.scanned = scanned;
        }

        /** How many items DynamoDB evaluated to produce this chunk (more than it holds when filtered). */
        int scanned() {
            return scanned;
        }

        Start start() {
            return start;
        }

        Item endKey() {
            return endKey;
        }

        boolean loaded() {
            return items != null;
        }
    }

    private final List<Chunk> chunks = new ArrayList<>();
    private final int maxLoadedItems;
    private final Consumer<Chunk> reloadNeeded;
    private int[] offsets = new int[0];
    private int total;
    private int loaded;
    private long clock;

    /** {@code reloadNeeded} is told (on the FX thread, during rendering) about a dropped chunk a row needs. */
    ChunkedRows(int maxLoadedItems, Consumer<Chunk> reloadNeeded) {
        this.maxLoadedItems = maxLoadedItems;
        this.reloadNeeded = reloadNeeded;
    }

    @Override
    public Item get(int index) {
        int position = chunkAt(index);
        Chunk chunk = chunks.get(position);
        chunk.lastUsed = ++clock;
        if (chunk.items == null) {
            reloadNeeded.accept(chunk);
            return PLACEHOLDER;
        }
        return chunk.items.get(index - offsets[position]);
    }

    @Override
    public int size() {
        return total;
    }

    /** Items in memory now, in row order (what sorting, filtering and copying work on). */
    List<Item> loadedItems() {
        List<Item> items = new ArrayList<>(loaded);
        for (Chunk chunk : chunks) {
            if (chunk.items != null) {
                items.addAll(chunk.items);
            }
        }
        return items;
    }

    int loadedCount() {
        return loaded;
    }

    Chunk lastChunk() {
        return chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
    }

    int chunkCount() {
        return chunks.size();
    }

    /** Adds a chunk at the end, in one change, then drops old chunks if too many items are held. */
    void append(Start start, List<Item> items, Item endKey, int scanned) {
        Chunk chunk = new Chunk(start, List.copyOf(items), endKey, scanned);
        chunk.lastUsed = ++clock;
        int from = total;
        chunks.add(chunk);
        total += chunk.size;
        loaded += chunk.size;
        rebuildOffsets();
        if (chunk.size > 0) {
            beginChange();
            nextAdd(from, total);
            endChange();
        }
        dropOldest();
    }

    /** A dropped chunk has been read again; its size may have changed if the table did. */
    void reloaded(Chunk chunk, List<Item> items) {
        int position = chunks.indexOf(chunk);
        if (position < 0 || chunk.items != null) {
            return; // cleared or already back
        }
        int from = offsets[position];
        int oldSize = chunk.size;
        List<Item> removed = Collections.nCopies(oldSize, PLACEHOLDER);
        chunk.items = List.copyOf(items);
        chunk.size = items.size();
        chunk.lastUsed = ++clock;
        total += chunk.size - oldSize;
        loaded += chunk.size;
        rebuildOffsets();
        beginChange();
        nextReplace(from, from + chunk.size, removed);
        endChange();
        dropOldest();
    }

    /** Removes the loaded rows that match (deleted items); rows of dropped chunks are not looked at. */
    void removeLoaded(Predicate<Item> deleted) {
        for (int position = 0; position < chunks.size(); position++) {
            Chunk chunk = chunks.get(position);
            if (chunk.items == null) {
                continue;
            }
            List<Item> before = chunk.items;
            List<Item> kept = new ArrayList<>(before.size());
            for (Item item : before) {
                if (!deleted.test(item)) {
                    kept.add(item);
                }
            }
            int removed = before.size() - kept.size();
            if (removed == 0) {
                continue;
            }
            int from = offsets[position];
            chunk.items = kept;
            chunk.size = kept.size();
            total -= removed;
            loaded -= removed;
            rebuildOffsets();
            // From the end backwards, so every index stays right whichever way it is read.
            beginChange();
            for (int i = before.size() - 1; i >= 0; i--) {
                if (deleted.test(before.get(i))) {
                    nextRemove(from + i, before.get(i));
                }
            }
            endChange();
        }
    }

    /** Replaces loaded rows by what {@code change} returns for them (itself when unchanged). */
    void replaceLoaded(UnaryOperator<Item> change) {
        for (int position = 0; position < chunks.size(); position++) {
            Chunk chunk = chunks.get(position);
            if (chunk.items == null) {
                continue;
            }
            List<Item> items = new ArrayList<>(chunk.items);
            for (int i = 0; i < items.size(); i++) {
                Item replaced = change.apply(items.get(i));
                if (replaced != items.get(i)) {
                    Item before = items.set(i, replaced);
                    chunk.items = List.copyOf(items);
                    beginChange();
                    nextSet(offsets[position] + i, before);
                    endChange();
                }
            }
        }
    }

    /**
     * An item was saved ({@code saved}; null when deleted) in place of {@code before}: the loaded
     * rows with its key show the saved item, or leave when it was deleted or its key changed.
     */
    void showSaved(TableInfo info, Item before, Item saved) {
        Item oldKey = info.keyOf(before);
        if (saved != null && info.keyOf(saved).equals(oldKey)) {
            replaceLoaded(row -> hasKeys(row, info) && info.keyOf(row).equals(oldKey) ? saved : row);
        } else {
            removeLoaded(row -> hasKeys(row, info) && info.keyOf(row).equals(oldKey));
        }
    }

    /** Whether the row holds every key attribute of the table (a projection may not). */
    static boolean hasKeys(Item row, TableInfo info) {
        return info.keyNames().stream().allMatch(row::has);
    }

    /** Removes every row (a new query or a refresh). */
    void reset() {
        if (total == 0 && chunks.isEmpty()) {
            return;
        }
        List<Item> removed = new ArrayList<>(total);
        for (Chunk chunk : chunks) {
            removed.addAll(chunk.items != null ? chunk.items : Collections.nCopies(chunk.size, PLACEHOLDER));
        }
        chunks.clear();
        total = 0;
        loaded = 0;
        rebuildOffsets();
        beginChange();
        nextRemove(0, removed);
        endChange();
    }

    /** Drops the least recently shown chunks until the held items fit; never the newest chunk. */
    private void dropOldest() {
        while (loaded > maxLoadedItems) {
            Chunk oldest = null;
            for (int i = 0; i < chunks.size() - 1; i++) {
                Chunk candidate = chunks.get(i);
                if (candidate.items != null && candidate.size > 0 && (oldest == null || candidate.lastUsed < oldest.lastUsed)) {
                    oldest = candidate;
                }
            }
            if (oldest == null) {
                return;
            }
            // No change is announced: the rows are the same items, only no longer in memory, and
            // get() answers for them from now on. Announcing a replacement made TableView rebuild
            // every cell (its skin answers any replacement that way), once per chunk read after the
            // limit, which was most of the FX thread's longest waits while a big table loaded.
            // Cells showing these rows keep their items until they are laid out again.
            oldest.items = null;
            loaded -= oldest.size;
        }
    }

    /** The position of the chunk holding row {@code index}. */
    private int chunkAt(int index) {
        if (index < 0 || index >= total) {
            throw new IndexOutOfBoundsException("Row " + index + " of " + total);
        }
        int position = Arrays.binarySearch(offsets, index);
        if (position < 0) {
            position = -position - 2;
        }
        // Several chunks can start at the same offset when some are empty: take the last non-empty one.
        while (position + 1 < chunks.size() && offsets[position + 1] == index) {
            position++;
        }
        while (chunks.get(position).size == 0) {
            position--;
        }
        return position;
    }

    private void rebuildOffsets() {
        offsets = new int[chunks.size()];
        int offset = 0;
        for (int i = 0; i < chunks.size(); i++) {
            offsets[i] = offset;
            offset += chunks.get(i).size;
        }
    }
}
