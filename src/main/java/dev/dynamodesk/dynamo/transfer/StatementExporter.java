package dev.dynamodesk.dynamo.transfer;

import dev.dynamodesk.dynamo.partiql.BoundStatement;
import dev.dynamodesk.dynamo.partiql.PartiqlRunner;
import dev.dynamodesk.dynamo.partiql.StatementResult;
import dev.dynamodesk.dynamo.partiql.StatementShape;
import dev.dynamodesk.dynamo.stream.AccountingException;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.transfer.ItemWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Exports every item a PartiQL SELECT returns, page after page, into an {@link ItemWriter}: the
 * console's "export results". One page is held at a time, so memory does not grow with the result.
 * It ends with the same checked accounting as a table's export: items read against items written.
 */
public final class StatementExporter {
    private static final int PAGE_ITEMS = 1_000;

    private final PartiqlRunner runner;

    public StatementExporter(PartiqlRunner runner) {
        this.runner = runner;
    }

    public ExportResult export(BoundStatement statement, ItemWriter writer, BooleanSupplier cancelled,
                               Consumer<ExportProgress> progress) throws IOException {
        if (statement.shape().kind() != StatementShape.Kind.SELECT) {
            throw new IllegalArgumentException("Only a SELECT has results to export");
        }
        long started = System.nanoTime();
        long before = writer.itemsWritten();
        long read = 0;
        String next = null;
        do {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Export stopped after " + (writer.itemsWritten() - before) + " items");
            }
            StatementResult page = runner.execute(statement, next, PAGE_ITEMS, cancelled);
            read += page.items().size();
            for (Item item : page.items()) {
                writer.write(item);
            }
            progress.accept(new ExportProgress(writer.itemsWritten(), writer.bytesWritten(),
                    Duration.ofNanos(System.nanoTime() - started), 0));
            next = page.nextToken();
        } while (next != null);
        writer.flush();
        long written = writer.itemsWritten() - before;
        if (written != read) {
            throw new AccountingException("The statement returned " + read + " items but " + written + " were written");
        }
        return new ExportResult(null, read, written, writer.bytesWritten(), -1,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
