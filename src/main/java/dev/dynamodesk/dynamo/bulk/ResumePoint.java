package dev.dynamodesk.dynamo.bulk;

import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * What an earlier run of the same change already did, from its journal, so that a run resumed
 * after a Stop, a failure or a crash writes no item twice: an item the journal shows written (or
 * already as asked) is left alone, and one whose write may or may not have happened (failed, or
 * no outcome: in flight when the run died) is left alone when it holds what that write would
 * leave. Everything else is changed as a new run would, on its values read now; so a change that
 * is not idempotent (adding to a number) is still made exactly once.
 *
 * <p>Memory: eight bytes per item written (a 64-bit hash of its key; two keys of one table
 * sharing a hash is as likely as 1 in 10^7 at 10^6 items) plus the few uncertain writes whole.
 */
public final class ResumePoint {
    private final Path journal;
    private final long[] done;
    private final Map<Item, PlannedWrite> uncertain;

    private ResumePoint(Path journal, long[] done, Map<Item, PlannedWrite> uncertain) {
        this.journal = journal;
        this.done = done;
        this.uncertain = uncertain;
    }

    /** Reads what the journal's run did (two passes over the file: outcomes, then writes). */
    public static ResumePoint of(JournalReader journal) {
        BitSet written = new BitSet();
        BitSet notWritten = new BitSet();
        journal.forEachOutcome((sequence, result) -> {
            if (result == WriteResult.WRITTEN || result == WriteResult.ALREADY) {
                written.set(Math.toIntExact(sequence));
            } else if (result.certainlyNotWritten()) {
                notWritten.set(Math.toIntExact(sequence));
            }
        });
        long[] hashes = new long[written.cardinality()];
        int[] count = {0};
        Map<Item, PlannedWrite> uncertain = new HashMap<>();
        journal.forEachWrite(() -> false, write -> {
            int sequence = Math.toIntExact(write.sequence());
            if (written.get(sequence)) {
                hashes[count[0]++] = hash(write.key());
            } else if (!notWritten.get(sequence)) {
                uncertain.put(write.key(), write);
            }
        });
        long[] sorted = Arrays.copyOf(hashes, count[0]);
        Arrays.sort(sorted);
        return new ResumePoint(journal.file(), sorted, uncertain);
    }

    public Path journal() {
        return journal;
    }

    /** Whether the earlier run has already made its change to the item with this key, as {@code now} shows. */
    boolean alreadyDone(Item key, Item now) {
        if (Arrays.binarySearch(done, hash(key)) >= 0) {
            return true;
        }
        PlannedWrite earlier = uncertain.get(key);
        return earlier != null && earlier.isDoneIn(now);
    }

    /** Items the earlier run certainly wrote, and those it may have. */
    public String describe() {
        return String.format("%,d items written by the earlier run, %,d whose write may or may not have happened",
                done.length, uncertain.size());
    }

    /** FNV-1a over the key's DynamoDB JSON (attributes in the key's own order). */
    static long hash(Item key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : DynamoJson.write(key, false).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
