package dev.dynamodesk.dynamo.transfer;

import dev.dynamodesk.transfer.ItemWriter;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.query.ItemReader;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Streams a table, an index or a query's result into an {@link ItemWriter}: the segments of a
 * parallel scan read on their own threads and hand chunks over a small bounded queue, so memory
 * stays the same however big the table is; the writing happens on the caller's thread.
 */
public final class Exporter {
    /** Chunks waiting to be written, at most: the readers wait when the writer falls behind. */
    private static final int QUEUED_CHUNKS = 8;
    private static final int CHUNK_ITEMS = 1_000;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final ItemReader reader;

    public Exporter(ItemReader reader) {
        this.reader = reader;
    }

    /** How far an export is; {@code expectedItems} is DynamoDB's estimate (0 when unknown). */
    public record Progress(long items, long bytes, Duration elapsed, long expectedItems) {
        public double itemsPerSecond() {
            double seconds = elapsed.toNanos() / 1e9;
            return seconds <= 0 ? 0 : items / seconds;
        }

        /** Time left at the current rate, when the number of items is known and not yet passed. */
        public Optional<Duration> timeLeft() {
            double rate = itemsPerSecond();
            if (expectedItems <= 0 || items >= expectedItems || rate <= 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) ((expectedItems - items) / rate * 1000)));
        }

        /** "Exported 12,000 of about 20,000 items · 3.1 MB · 4,012 items/s · 2 s left". */
        public String describe() {
            StringBuilder text = new StringBuilder(String.format("Exported %,d", items));
            if (expectedItems > 0) {
                text.append(String.format(" of about %,d", expectedItems));
            }
            text.append(" items · ").append(Exporter.bytes(bytes)).append(String.format(" · %,.0f items/s", itemsPerSecond()));
            timeLeft().ifPresent(left -> {
                long seconds = Math.max(1, left.toSeconds());
                text.append(" · ").append(seconds < 90 ? seconds + " s" : (seconds + 30) / 60 + " min").append(" left");
            });
            return text.toString();
        }
    }

    /** Opens the writer for the file being written. */
    @FunctionalInterface
    public interface WriterOpener {
        ItemWriter open(OutputStream out) throws IOException;
    }

    /**
     * Exports into {@code target} through a ".part" file beside it that takes the target's name only
     * when the export is complete: a stopped or failed export leaves no half-written file behind.
     */
    public Result exportToFile(QueryPlan plan, int segments, Path target, WriterOpener opener, long expectedItems,
                               BooleanSupplier cancelled, Consumer<Progress> progress) throws IOException {
        return toFile(target, opener, writer -> export(plan, segments, writer, expectedItems, cancelled, progress));
    }

    /** Writes items into a file; what does the writing is given the writer. */
    @FunctionalInterface
    public interface WritingJob {
        Result write(ItemWriter writer) throws IOException;
    }

    /** Runs {@code job} into a ".part" file that becomes {@code target} only when the job completes. */
    public static Result toFile(Path target, WriterOpener opener, WritingJob job) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        Result result;
        try (OutputStream out = Files.newOutputStream(part); ItemWriter writer = opener.open(out)) {
            result = job.write(writer);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return result;
    }

    /** What was written. */
    public record Result(long items, long bytes, Duration elapsed) {
    }

    /**
     * Exports everything {@code plan} reads. Throws {@link CancellationException} when
     * {@code cancelled} turns true (what was written so far stays in the writer, which the caller closes).
     */
    public Result export(QueryPlan plan, int segments, ItemWriter writer, long expectedItems, BooleanSupplier cancelled,
                         Consumer<Progress> progress) throws IOException {
        long started = System.nanoTime();
        BlockingQueue<List<Item>> chunks = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        List<Item> end = List.of();
        AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean writingEnded = new java.util.concurrent.atomic.AtomicBoolean();
        int totalSegments = plan.isQuery() ? 1 : Math.max(1, segments);
        Map<Integer, Item> fromTheStart = new HashMap<>();
        for (int segment = 0; segment < totalSegments; segment++) {
            fromTheStart.put(segment, null);
        }
        BooleanSupplier stop = () -> cancelled.getAsBoolean() || writingEnded.get() || readFailure.get() != null;
        Thread readers = new Thread(() -> {
            try {
                reader.readSegments(plan, totalSegments, fromTheStart, CHUNK_ITEMS, stop,
                        (segment, startKey, chunk) -> hand(chunks, chunk, stop));
            } catch (RuntimeException e) {
                readFailure.compareAndSet(null, e);
            } finally {
                putEnd(chunks, end);
            }
        }, "export-readers");
        readers.setDaemon(true);
        readers.start();

        long lastReport = 0;
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("Export stopped after " + writer.itemsWritten() + " items");
                }
                List<Item> chunk = chunks.poll(100, TimeUnit.MILLISECONDS);
                if (chunk == null) {
                    continue;
                }
                if (chunk == end) {
                    break;
                }
                for (Item item : chunk) {
                    writer.write(item);
                }
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_EVERY_NANOS) {
                    lastReport = now;
                    progress.accept(new Progress(writer.itemsWritten(), writer.bytesWritten(), Duration.ofNanos(now - started),
                            expectedItems));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Export interrupted");
        } finally {
            writingEnded.set(true); // stops the readers if still going
            chunks.clear();
        }
        if (readFailure.get() != null) {
            throw readFailure.get();
        }
        writer.flush();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        progress.accept(new Progress(writer.itemsWritten(), writer.bytesWritten(), elapsed, expectedItems));
        return new Result(writer.itemsWritten(), writer.bytesWritten(), elapsed);
    }

    private static void hand(BlockingQueue<List<Item>> chunks, ItemPage chunk, BooleanSupplier stop) {
        try {
            while (!chunks.offer(chunk.items(), 100, TimeUnit.MILLISECONDS)) {
                if (stop.getAsBoolean()) {
                    throw new CancellationException("Export stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Export interrupted");
        }
    }

    private static void putEnd(BlockingQueue<List<Item>> chunks, List<Item> end) {
        // The writer may have stopped taking: make room rather than wait for ever.
        while (!chunks.offer(end)) {
            chunks.poll();
        }
    }

    /** For callers that want one line: "12,345 items, 3.4 MB in 5 s". */
    public static String describe(Result result) {
        return String.format("%,d items, %s in %d s", result.items(), bytes(result.bytes()), result.elapsed().toSeconds());
    }

    static String bytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
