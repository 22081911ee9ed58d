package dev.dynamodesk.dynamo.compare;

import dev.dynamodesk.dynamo.query.ItemReader;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.stream.SegmentRead;
import dev.dynamodesk.dynamo.stream.Workers;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Compares two sides (tables, or a scan or query of each, on any two connections) item by item,
 * matched by key, in memory bounded whatever their size: both sides are read at once (parallel
 * segments each) into temporary files partitioned by a hash of the key, then each pair of
 * partitions is compared alone. Values compare by content: numbers by value, sets as sets, binary
 * as bytes.
 */
public final class TableComparer {
    /** Items of one partition held in memory at most, roughly: sets the number of partitions. */
    static final int ITEMS_PER_PARTITION = 10_000;
    private static final int CHUNK_ITEMS = 1_000;

    /** One side: what to read, with how many segments. */
    public record Side(ItemReader reader, QueryPlan plan, int segments) {
    }

    private TableComparer() {
    }

    /**
     * Compares {@code left} with {@code right} on {@code keyNames}, reporting each difference to
     * {@code differences}; {@code expectedItems} (the larger side, roughly; 0 when not known) sizes
     * the partitions. Temporary files go in {@code workFolder} and are deleted after.
     */
    public static CompareResult compare(Side left, Side right, List<String> keyNames, long expectedItems, Path workFolder,
                                        BooleanSupplier stop, LongConsumer itemsRead, Differences differences) {
        int count = (int) Math.max(16, Math.min(1_024, expectedItems / ITEMS_PER_PARTITION + 1));
        Path folder;
        try {
            folder = Files.createTempDirectory(Files.createDirectories(workFolder), "compare-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a folder for the comparison in " + workFolder + ": " + e.getMessage(), e);
        }
        try {
            AtomicLong leftRead = new AtomicLong();
            AtomicLong rightRead = new AtomicLong();
            try (Partitions lefts = new Partitions(folder, "left", count); Partitions rights = new Partitions(folder, "right", count)) {
                AtomicLong read = new AtomicLong();
                Workers.forEach(2, "compare-side", index -> {
                    Side side = index == 0 ? left : right;
                    Partitions into = index == 0 ? lefts : rights;
                    AtomicLong tally = index == 0 ? leftRead : rightRead;
                    side.reader().readSegments(side.plan(), side.segments(), SegmentRead.fromTheStart(side.segments()), CHUNK_ITEMS,
                            stop, delivered -> {
                                into.add(delivered.chunk().items(), keyNames);
                                tally.addAndGet(delivered.chunk().items().size());
                                itemsRead.accept(read.addAndGet(delivered.chunk().items().size()));
                            });
                });
            }
            long[] counts = new long[4];
            for (int partition = 0; partition < count; partition++) {
                if (stop.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("Stopped");
                }
                comparePartition(folder.resolve("left-" + partition + ".jsonl"), folder.resolve("right-" + partition + ".jsonl"),
                        keyNames, counts, differences);
            }
            CompareResult result = new CompareResult(counts[0], counts[1], counts[2], counts[3], leftRead.get(), rightRead.get());
            if (result.onlyLeft() + result.different() + result.same() != result.leftRead()
                    || result.onlyRight() + result.different() + result.same() != result.rightRead()) {
                throw new dev.dynamodesk.dynamo.stream.AccountingException("The comparison's counts do not add up: " + result.summary()
                        + " for " + result.leftRead() + " items on the left and " + result.rightRead() + " on the right"
                        + " (a key twice on one side?)");
            }
            return result;
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Loads the left partition by key, then streams the right one past it. */
    private static void comparePartition(Path leftFile, Path rightFile, List<String> keyNames, long[] counts,
                                         Differences differences) {
        Map<String, Item> lefts = new HashMap<>();
        forEachItem(leftFile, item -> lefts.put(DynamoJson.write(Partitions.keyOf(item, keyNames), false), item));
        forEachItem(rightFile, right -> {
            Item key = Partitions.keyOf(right, keyNames);
            Item leftItem = lefts.remove(DynamoJson.write(key, false));
            if (leftItem == null) {
                counts[1]++;
                differences.onlyRight(key, right);
                return;
            }
            List<ItemDiff.Change> changes = ItemDiff.between(leftItem, right);
            if (changes.isEmpty()) {
                counts[3]++;
            } else {
                counts[2]++;
                differences.different(key, leftItem, right, changes);
            }
        });
        for (Item leftItem : lefts.values()) {
            counts[0]++;
            differences.onlyLeft(Partitions.keyOf(leftItem, keyNames), leftItem);
        }
    }

    private static void forEachItem(Path file, java.util.function.Consumer<Item> consumer) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                consumer.accept(DynamoJson.parseItem(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        } catch (DynamoJsonException e) {
            throw new IllegalStateException("A temporary file of the comparison is damaged: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Left for the system's temporary folder cleaning; nothing of the user's is in it.
        }
    }
}
