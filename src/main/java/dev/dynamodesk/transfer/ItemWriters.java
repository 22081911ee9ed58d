package dev.dynamodesk.transfer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.PlainJson;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Opens an {@link ItemWriter} for a format. */
public final class ItemWriters {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ItemWriters() {
    }

    /**
     * @param columns the CSV columns (ignored by the JSON formats)
     * @param typedHeader whether the CSV header names each column's type
     */
    public static ItemWriter open(ExportFormat format, OutputStream out, List<CsvColumn> columns, boolean typedHeader)
            throws IOException {
        CountingStream counted = new CountingStream(out);
        return switch (format) {
            case DYNAMODB_JSON_LINES -> new JsonItemWriter(counted, true, false);
            case JSON_LINES -> new JsonItemWriter(counted, false, false);
            case JSON_ARRAY -> new JsonItemWriter(counted, false, true);
            case CSV -> new CsvItemWriter(counted, columns, typedHeader);
        };
    }

    /** Counts what reaches the underlying stream. */
    static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }
    }

    /** What both writers share: the bytes that reached the stream, the items written, the buffer to flush. */
    private abstract static class CountedWriter implements ItemWriter {
        private final CountingStream out;
        private final java.io.Flushable buffer;
        protected long items;

        CountedWriter(CountingStream out, java.io.Flushable buffer) {
            this.out = out;
            this.buffer = buffer;
        }

        @Override
        public long itemsWritten() {
            return items;
        }

        @Override
        public long bytesWritten() {
            return out.count();
        }

        @Override
        public void flush() throws IOException {
            buffer.flush();
        }
    }

    /** DynamoDB JSON lines, plain JSON lines or a plain JSON array, streamed with one generator. */
    private static final class JsonItemWriter extends CountedWriter {
        private final JsonGenerator json;
        private final boolean dynamo;
        private final boolean array;

        JsonItemWriter(CountingStream out, boolean dynamo, boolean array) throws IOException {
            this(out, JSON.createGenerator(out, JsonEncoding.UTF8), dynamo, array);
        }

        private JsonItemWriter(CountingStream out, JsonGenerator json, boolean dynamo, boolean array) throws IOException {
            super(out, json);
            this.json = json;
            this.dynamo = dynamo;
            this.array = array;
            // One item per line for the line formats; a new line between array elements for readability.
            json.setRootValueSeparator(null);
            if (array) {
                json.writeRaw('[');
            }
        }

        @Override
        public void write(Item item) throws IOException {
            if (array) {
                json.writeRaw(items == 0 ? "\n" : ",\n");
            }
            if (dynamo) {
                json.writeStartObject();
                json.writeFieldName("Item");
                DynamoJson.write(json, item);
                json.writeEndObject();
            } else {
                PlainJson.write(json, item);
            }
            if (!array) {
                json.writeRaw('\n');
            }
            items++;
        }

        @Override
        public void close() throws IOException {
            if (array) {
                json.writeRaw(items == 0 ? "]\n" : "\n]\n");
            }
            json.close();
        }
    }

    /** CSV (RFC 4180): a header row, then one row per item, cells as {@link DelimitedText} writes them. */
    private static final class CsvItemWriter extends CountedWriter {
        private final Writer text;
        private final List<CsvColumn> columns;

        CsvItemWriter(CountingStream out, List<CsvColumn> columns, boolean typedHeader) throws IOException {
            this(out, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), columns, typedHeader);
        }

        private CsvItemWriter(CountingStream out, Writer text, List<CsvColumn> columns, boolean typedHeader) throws IOException {
            super(out, text);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("A CSV export needs at least one column");
            }
            this.columns = List.copyOf(columns);
            this.text = text;
            row(columns.stream().map(column -> column.header(typedHeader)).toList());
        }

        @Override
        public void write(Item item) throws IOException {
            row(columns.stream().map(column -> DelimitedText.cell(item.get(column.name()))).toList());
            items++;
        }

        private void row(List<String> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    text.write(',');
                }
                text.write(DelimitedText.quote(cells.get(i), ','));
            }
            text.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            text.close();
        }
    }
}
