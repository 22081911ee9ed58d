package dev.dynamodesk.differential;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.testing.Backend;
import dev.dynamodesk.testing.RandomTables;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.Typed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tables every differential case runs over, loaded once per backend: 0, 1, 3, 1,000 and
 * 30,000 random items (2,000 on moto, whose scan reads the whole table in Python for every page:
 * about 3 s a page at 30,000 of these items), and a table of items of 100–395 KB whose scan
 * pages end at 1 MB. The
 * reference (the SDK's paginator) of each is read once and kept. One set per backend serves every
 * differential class of the test run (the backends stop with the JVM). It also counts what the
 * cases compared, for the figures printed after each class.
 */
final class SharedTables {
    private static final Map<Backend.Kind, SharedTables> LOADED = new java.util.EnumMap<>(Backend.Kind.class);
    /** Why a backend could not be started: every later case skips with the same reason at once. */
    private static final Map<Backend.Kind, org.opentest4j.TestAbortedException> UNAVAILABLE =
            new java.util.EnumMap<>(Backend.Kind.class);

    static final String EMPTY = "Diff0";
    static final String ONE = "Diff1";
    static final String THREE = "Diff3";
    static final String THOUSAND = "Diff1000";
    static final String LARGE = "DiffLarge";
    static final String BIG_ITEMS = "DiffBig";
    static final int BIG_ITEM_COUNT = 24;

    private final Backend backend;
    private final DynamoServices services;
    private final Path folder;
    private final Map<String, List<Map<String, Typed>>> references = new ConcurrentHashMap<>();
    private final AtomicLong itemsCompared = new AtomicLong();
    private final AtomicInteger cases = new AtomicInteger();
    private final long loadMillis;
    private final int largeSize;

    /** The backend's tables, started and loaded on first use. */
    static synchronized SharedTables of(Backend.Kind kind) {
        if (UNAVAILABLE.containsKey(kind)) {
            throw UNAVAILABLE.get(kind);
        }
        SharedTables tables = LOADED.get(kind);
        if (tables == null) {
            try {
                tables = new SharedTables(kind);
            } catch (org.opentest4j.TestAbortedException absent) {
                UNAVAILABLE.put(kind, absent);
                throw absent;
            }
            LOADED.put(kind, tables);
        }
        return tables;
    }

    /**
     * Whether the backend's reads are slow enough (moto reads its whole table in Python for every
     * page) that cases which only repeat another's shape with other counts are left out there.
     */
    static boolean slow(Backend.Kind kind) {
        return kind == Backend.Kind.MOTO;
    }

    boolean slow() {
        return slow(backend.kind());
    }

    /** What every backend used so far has compared. */
    static synchronized void printFigures() {
        LOADED.values().forEach(tables -> System.out.println("[differential] " + tables.figures()));
    }

    private SharedTables(Backend.Kind kind) {
        long started = System.nanoTime();
        this.backend = Backend.start(kind);
        this.services = new DynamoServices(backend.client());
        try {
            this.folder = Files.createTempDirectory("differential-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        table(EMPTY, 0, 1);
        table(ONE, 1, 1);
        table(THREE, 3, 2);
        table(THOUSAND, 1_000, 50);
        this.largeSize = kind == Backend.Kind.MOTO ? 2_000 : 30_000;
        table(LARGE, largeSize, largeSize / 100);
        RandomTables.create(backend.client(), BIG_ITEMS);
        RandomTables.load(backend.client(), BIG_ITEMS, BIG_ITEM_COUNT, i -> RandomTables.bigItem(i, 100 + (i * 37) % 296));
        this.loadMillis = (System.nanoTime() - started) / 1_000_000;
    }

    private void table(String name, int items, int partitions) {
        RandomTables.create(backend.client(), name);
        RandomTables.load(backend.client(), name, items, partitions);
    }

    /** Items in the large table. */
    int largeSize() {
        return largeSize;
    }

    /** Items of the large table with {@code rare = true} (one in 2,729, from item 17). */
    int rareCount() {
        return (largeSize - 17 + 2_728) / 2_729;
    }

    Backend backend() {
        return backend;
    }

    DynamoServices services() {
        return services;
    }

    TableInfo info(String table) {
        return services.tables().describe(table);
    }

    /** What the table holds, by the SDK's paginator, read once. */
    List<Map<String, Typed>> reference(String table) {
        return references.computeIfAbsent(table, name -> ReferenceReader.scan(backend.client(), name));
    }

    /** A new file name in this run's folder. */
    Path file(String name) {
        return folder.resolve(name);
    }

    /** Counts a case and the items it compared. */
    void compared(long items) {
        cases.incrementAndGet();
        itemsCompared.addAndGet(items);
    }

    String figures() {
        return String.format("%s: tables loaded in %.1f s; %d cases so far compared %,d items with the reference, nothing lost",
                backend, loadMillis / 1000.0, cases.get(), itemsCompared.get());
    }
}
