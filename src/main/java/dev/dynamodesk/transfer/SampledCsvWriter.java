package dev.dynamodesk.transfer;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV for items whose columns are not known in advance (a CLI scan, a console result): the first
 * items are held back to find the columns — key attributes first, then the others in the order
 * they appear — and each column's type, named in the header when every sampled value has it.
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

    /** The columns the sampled items call for: keys first, a type where all values agree. */
    public static List<CsvColumn> columnsOf(List<Item> items, List<String> keyNames) {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        Map<String, Boolean> mixed = new LinkedHashMap<>();
        keyNames.forEach(name -> mixed.put(name, false));
        for (Item item : items) {
            for (Map.Entry<String, DynamoValue> attribute : item.attributes().entrySet()) {
                AttributeType type = attribute.getValue().type();
                AttributeType before = types.putIfAbsent(attribute.getKey(), type);
                mixed.merge(attribute.getKey(), before != null && before != type, Boolean::logicalOr);
            }
        }
        List<CsvColumn> columns = new ArrayList<>();
        mixed.forEach((name, isMixed) -> columns.add(new CsvColumn(name, isMixed ? null : types.get(name))));
        return columns;
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
        List<CsvColumn> columns = columnsOf(sample, keyNames);
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
        return csv == null ? 0 : csv.itemsWritten();
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
