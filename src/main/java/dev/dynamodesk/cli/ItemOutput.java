package dev.dynamodesk.cli;

import dev.dynamodesk.transfer.ExportFormat;
import dev.dynamodesk.transfer.ItemWriter;
import dev.dynamodesk.transfer.ItemWriters;
import dev.dynamodesk.transfer.SampledCsvWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Items written to standard output in one of the export formats, which the commands name by extension. */
final class ItemOutput {
    /** Columns of a CSV written to a stream are found from this many first items. */
    static final int CSV_SAMPLE = 1_000;

    private ItemOutput() {
    }

    /** Accepts jsonl, json, ndjson, csv. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return Arrays.stream(ExportFormat.values()).filter(format -> format.extension().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a format: use " + names()));
        }
    }

    static String names() {
        return Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).collect(Collectors.joining(", "));
    }

    /** A writer to {@code out} that leaves {@code out} open when it closes. */
    static ItemWriter open(ExportFormat format, OutputStream out, List<String> keyNames) throws IOException {
        OutputStream kept = new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        if (format == ExportFormat.CSV) {
            return new SampledCsvWriter(kept, keyNames, CSV_SAMPLE);
        }
        return ItemWriters.open(format, kept, List.of(), false);
    }
}
