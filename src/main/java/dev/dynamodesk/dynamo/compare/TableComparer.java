package dev.dynamodesk.dynamo.compare;

import dev.dynamodesk.dynamo.ItemsByKey;
import dev.dynamodesk.dynamo.TableInfo;
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
 * segments each) into temporary files of keys and {@link dev.dynamodesk.item.ValueDigest digests},
 * partitioned by a hash of the key; each pair of partitions is then compared alone, and only the
 * items that differ are read again (by key) to say how. Values compare by content: numbers by
 * value, sets as sets, binary as bytes. The counts are as the scans saw the tables; an item read
 * again may have changed since (its difference is then shown as it is now).
 */
public final class TableComparer {
    /** Items of one partition held in memory at most, roughly: sets the number of partitions. */
    static final int ITEMS_PER_PARTITION = 10_000;
    private static final int CHUNK_ITEMS = 1_000;
    private static final int COMPARING_THREADS = 2;

    /** One side: what to read, with how many segments, and where to read its differing items again by key. */
    public record Side(ItemReader reader, QueryPlan plan, int segments, ItemsByKey items, TableInfo info) {
    }

    private TableComparer() {
    }

    /**
     * Compares {@code left} with {@code right} by their key (the same on both: checked by the caller), reporting each difference to
     * {@code differences}; {@code expectedItems} (the larger side, roughly; 0 when not known) sizes
     * the partitions. Temporary files go in {@code workFolder} and are deleted after.
     */
    public static CompareResult compare(Side left, Side right, long expectedItems, Path workFolder,
                                        BooleanSupplier stop, LongConsumer itemsRead, Differences differences) {
        int count = (int) Math.max(16, Math.min(1_024, expectedItems / ITEMS_PER_PARTITION + 1));
        Path folder;
        try {
            folder = Files.createTempDirectory(Files.createDirectories(workFolder), "compare-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a folder for the comparison in " + workFolder + ": " + e.getMessage(), e);
        }
        try {
            long started = System.nanoTime();
            AtomicLong leftRead = new AtomicLong();
            AtomicLong rightRead = new AtomicLong();
            try (Partitions lefts = new Partitions(folder, "left", count); Partitions rights = new Partitions(folder, "right", count)) {
                AtomicLong itemsSoFar = new AtomicLong();
                Workers.forEach(2, "compare-side", index -> {
                    Side side = index == 0 ? left : right;
                    Partitions into = index == 0 ? lefts : rights;
                    AtomicLong tally = index == 0 ? leftRead : rightRead;
                    side.reader().readSegments(side.plan(), side.segments(), SegmentRead.fromTheStart(side.segments()), CHUNK_ITEMS,
                            stop, delivered -> {
                                into.add(delivered.chunk().items(), side.info());
                                tally.addAndGet(delivered.chunk().items().size());
                                itemsRead.accept(itemsSoFar.addAndGet(delivered.chunk().items().size()));
                            });
                });
            }
            long read = System.nanoTime();
            AtomicLong[] counts = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
            Differences reported = synchronizedOn(differences);
            AtomicLong next = new AtomicLong();
            // Partitions are compared two at a time: the reads are over, and this part is all CPU.
            Workers.forEach(COMPARING_THREADS, "compare-partitions", thread -> {
                for (long partition = next.getAndIncrement(); partition < count; partition = next.getAndIncrement()) {
                    if (stop.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("Stopped");
                    }
                    comparePartition(folder.resolve("left-" + partition + ".jsonl"), folder.resolve("right-" + partition + ".jsonl"),
                            left, right, counts, reported);
                }
            });
            CompareResult result = new CompareResult(counts[0].get(), counts[1].get(), counts[2].get(), counts[3].get(),
                    leftRead.get(), rightRead.get(), (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
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

    /**
     * Loads the left partition's keys and digests, then streams the right one past them: equal
     * digests are the same item; the keys that differ are read again, a hundred at a time, to say how.
     */
    private static void comparePartition(Path leftFile, Path rightFile, Side left, Side right, AtomicLong[] counts,
                                         Differences differences) {
        Map<String, String[]> lefts = new HashMap<>();
        forEachLine(leftFile, fields -> lefts.put(fields[0], fields));
        Resolver resolver = new Resolver(left, right, differences);
        forEachLine(rightFile, fields -> {
            String[] leftFields = lefts.remove(fields[0]);
            if (leftFields == null) {
                counts[1].incrementAndGet();
                resolver.onlyRight(key(fields[1]));
            } else if (leftFields[2].equals(fields[2])) {
                counts[3].incrementAndGet();
            } else {
                counts[2].incrementAndGet();
                resolver.different(key(fields[1]), key(leftFields[1]));
            }
        });
        for (String[] leftFields : lefts.values()) {
            counts[0].incrementAndGet();
            resolver.onlyLeft(key(leftFields[1]));
        }
        resolver.flush();
    }

    private static void forEachLine(Path file, java.util.function.Consumer<String[]> consumer) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                consumer.accept(line.split("\t", 3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Item key(String json) {
        return parse(json);
    }

    private static Item parse(String text) {
        try {
            return DynamoJson.parseItem(text);
        } catch (DynamoJsonException e) {
            throw new IllegalStateException("A temporary file of the comparison is damaged: " + e.getMessage(), e);
        }
    }

    /** The differences reported one at a time, whichever thread found them. */
    private static Differences synchronizedOn(Differences differences) {
        return new Differences() {
            @Override
            public synchronized void onlyLeft(Item key, Item item) {
                differences.onlyLeft(key, item);
            }

            @Override
            public synchronized void onlyRight(Item key, Item item) {
                differences.onlyRight(key, item);
            }

            @Override
            public synchronized void different(Item key, Item left, Item right, List<ItemDiff.Change> changes) {
                differences.different(key, left, right, changes);
            }
        };
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
