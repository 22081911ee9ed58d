package dev.dynamodesk.transfer;

import dev.dynamodesk.item.Item;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV for items whose columns are not known in advance (a CLI scan, a console result): the first
 * items are held back to find the columns ({@link CsvColumns}: keys first, typed where the sample
 * agrees).
 * An attribute that first appears after the sample is not written: the header is already out.
 */
public final class SampledCsvWriter implements ItemWriter {
    private final OutputStream out;
    private final List<String> keyNames;
    private final int sampleSize;
    private final List<Item> sample = new ArrayList<>();
    private ItemWriter csv;

    public SampledCsvWriter(OutputStream out, List<String> keyNames, int sampleSize) {
        this.out = out;
        this.keyNames = List.copyOf(keyNames);
        this.sampleSize = sampleSize;
    }

    @Override
    public void write(Item item) throws IOException {
        if (csv != null) {
            csv.write(item);
            return;
        }
        sample.add(item);
        if (sample.size() >= sampleSize) {
            start();
        }
    }

    private void start() throws IOException {
        List<CsvColumn> columns = CsvColumns.fromSample(sample, keyNames.stream().map(name -> new CsvColumn(name, null)).toList());
        if (columns.isEmpty()) {
            columns = List.of(new CsvColumn("(no attributes)", null));
        }
        csv = ItemWriters.open(ExportFormat.CSV, out, columns, true);
        for (Item item : sample) {
            csv.write(item);
        }
        sample.clear();
    }

    @Override
    public long itemsWritten() {
        // Items held back for the sample count as written: they reach the file when it closes.
        return (csv == null ? 0 : csv.itemsWritten()) + sample.size();
    }

    @Override
    public long bytesWritten() {
        return csv == null ? 0 : csv.bytesWritten();
    }

    @Override
    public void flush() throws IOException {
        if (csv != null) {
            csv.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (csv == null) {
            start();
        }
        csv.close();
    }
}
