package dev.dynamodesk.dynamo.transfer;

import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.query.ItemReader;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.dynamo.stream.AccountingException;
import dev.dynamodesk.dynamo.stream.ChunkStream;
import dev.dynamodesk.dynamo.stream.ReadAccount;
import dev.dynamodesk.dynamo.stream.SegmentRead;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ExportedRecords;
import dev.dynamodesk.transfer.ItemWriter;
import dev.dynamodesk.transfer.PartFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Streams a table, an index or a query's result into an {@link ItemWriter}: the segments of a
 * parallel scan read on their own threads ({@link SegmentRead}) and hand chunks over a small
 * bounded queue, so memory stays the same however big the table is; the writing happens on the
 * caller's thread. Every export ends with an accounting it checks: items read per segment, items
 * written and, for a file, the records the file holds; a mismatch fails the export.
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

    /** Opens the writer for the file being written. */
    @FunctionalInterface
    public interface WriterOpener {
        ItemWriter open(OutputStream out) throws IOException;
    }

    /** Writes items into a file; what does the writing is given the writer. */
    @FunctionalInterface
    public interface WritingJob {
        ExportResult write(ItemWriter writer) throws IOException;
    }

    /**
     * Exports into {@code target} through a locked ".part" file beside it that takes the target's
     * name only when the export is complete and its accounting holds.
     */
    public ExportResult exportToFile(QueryPlan plan, int segments, Path target, ExportFormat format, boolean replace,
                                     WriterOpener opener, long expectedItems, BooleanSupplier cancelled,
                                     Consumer<ExportProgress> progress) throws IOException {
        return toFile(target, format, replace, opener,
                writer -> export(plan, segments, writer, expectedItems, cancelled, progress));
    }

    /**
     * Runs {@code job} into a ".part" file that becomes {@code target} only when the job completes
     * and the file, read back, holds as many records as the job wrote. A stopped, failed or
     * miscounted export leaves no file under the target's name.
     */
    public static ExportResult toFile(Path target, ExportFormat format, boolean replace, WriterOpener opener,
                                      WritingJob job) throws IOException {
        try (PartFile part = PartFile.create(target)) {
            ExportResult result;
            try (ItemWriter writer = opener.open(part.stream())) {
                result = job.write(writer);
            }
            long records = ExportedRecords.count(part.path(), format);
            if (records != result.written()) {
                throw new AccountingException("The export wrote " + result.written() + " items but the file holds "
                        + records + " records: " + target + " was not written");
            }
            part.commit(replace);
            return result.withFileRecords(records);
        }
    }

    /**
     * Exports everything {@code plan} reads. Throws {@link CancellationException} when
     * {@code cancelled} turns true (what was written so far stays in the writer, which the caller
     * closes), and {@link AccountingException} when the items written are not the items read.
     */
    public ExportResult export(QueryPlan plan, int segments, ItemWriter writer, long expectedItems,
                               BooleanSupplier cancelled, Consumer<ExportProgress> progress) throws IOException {
        long started = System.nanoTime();
        long before = writer.itemsWritten();
        long lastReport = 0;
        ReadAccount account;
        try (ChunkStream<ItemPage> chunks = reader.streamSegments(plan, segments, CHUNK_ITEMS, QUEUED_CHUNKS, cancelled)) {
            for (SegmentRead.Delivered<ItemPage> chunk; (chunk = chunks.next(cancelled)) != null; ) {
                for (Item item : chunk.chunk().items()) {
                    writer.write(item);
                }
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_EVERY_NANOS) {
                    lastReport = now;
                    progress.accept(new ExportProgress(writer.itemsWritten(), writer.bytesWritten(),
                            Duration.ofNanos(now - started), expectedItems));
                }
            }
            account = chunks.account();
        } catch (CancellationException stopped) {
            throw new CancellationException("Export stopped after " + (writer.itemsWritten() - before) + " items");
        }
        writer.flush();
        long written = writer.itemsWritten() - before;
        if (written != account.items()) {
            throw new AccountingException(account.describe() + " but " + written + " were written");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        progress.accept(new ExportProgress(writer.itemsWritten(), writer.bytesWritten(), elapsed, expectedItems));
        return new ExportResult(account, written, writer.bytesWritten(), -1, elapsed);
    }
}
