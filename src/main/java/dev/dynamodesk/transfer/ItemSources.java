package dev.dynamodesk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens a file for import in any of the export formats. */
public final class ItemSources {
    private ItemSources() {
    }

    /** The first rows of a CSV file: its header and up to {@code rows} records, for a mapping screen. */
    public record CsvPreview(List<String> header, List<List<String>> rows) {
        public CsvMapping guessMapping() {
            return CsvMapping.guess(header, rows);
        }

        /** The first rows as {@code mapping} reads them; line numbers as in the file when no cell holds a line break. */
        public List<ImportLine> read(CsvMapping mapping, int count) {
            List<ImportLine> lines = new ArrayList<>();
            for (int i = 0; i < Math.min(count, rows.size()); i++) {
                lines.add(mapping.read(new CsvRecords.CsvRecord(i + 2, rows.get(i), String.join(",", rows.get(i)))));
            }
            return lines;
        }
    }

    /** The first {@code count} records of a file as they would be imported (for a preview). */
    public static List<ImportLine> firstRecords(Path file, ExportFormat format, CsvMapping csvMapping, int count)
            throws IOException {
        List<ImportLine> records = new ArrayList<>();
        try (ItemSource source = open(file, format, csvMapping)) {
            while (records.size() < count && source.hasNext()) {
                records.add(source.next());
            }
        }
        return records;
    }

    public static CsvPreview previewCsv(Path file, int rows) throws IOException {
        try (CsvRecords records = CsvRecords.of(Files.newInputStream(file))) {
            CsvRecords.CsvRecord header = records.next();
            if (header == null) {
                throw new IOException(file.getFileName() + " is empty: a CSV import needs a header row");
            }
            List<List<String>> sample = new ArrayList<>();
            CsvRecords.CsvRecord record;
            while (sample.size() < rows && (record = records.next()) != null) {
                sample.add(record.cells());
            }
            return new CsvPreview(header.cells(), sample);
        }
    }

    /**
     * @param csvMapping for CSV, how columns become attributes; null to take the header's types
     *                   (untyped columns as strings)
     */
    public static ItemSource open(Path file, ExportFormat format, CsvMapping csvMapping) throws IOException {
        if (Files.isDirectory(file)) {
            if (ExportFolder.isExport(file)) {
                return ExportFolder.read(file).open(); // a DynamoDB export to S3, downloaded
            }
            throw new IOException(file + " is a folder: choose a file to import, or a DynamoDB export's folder");
        }
        CountingInput in = new CountingInput(Files.newInputStream(file));
        try {
            InputStream text = withoutByteOrderMark(in);
            ItemSource source = switch (format) {
                case DYNAMODB_JSON_LINES -> JsonLinesReader.dynamoJson(text);
                case JSON_LINES -> JsonLinesReader.plainJson(text);
                case JSON_ARRAY -> new JsonArrayReader(text);
                case CSV -> csv(CsvRecords.of(text), csvMapping);
            };
            return new Counted(source, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The stream after a UTF-8 byte-order mark, if it starts with one: editors on Windows write one,
     * and it is not part of the first record, whatever the format.
     */
    static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 3);
        byte[] start = pushback.readNBytes(3);
        boolean mark = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        if (!mark) {
            pushback.unread(start);
        }
        return pushback;
    }

    /** Counts the bytes read from the file (readers buffer ahead, so it runs a little ahead of the items). */
    private static final class CountingInput extends java.io.FilterInputStream {
        private volatile long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** A source that also says how much of its file it has read. */
    private record Counted(ItemSource source, CountingInput in) implements ItemSource {
        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public ImportLine next() {
            return source.next();
        }

        @Override
        public ExportFormat failedFormat() {
            return source.failedFormat();
        }

        @Override
        public String failedPreamble() {
            return source.failedPreamble();
        }

        @Override
        public long bytesRead() {
            return in.count;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /** The format a file's name suggests: .jsonl DynamoDB JSON lines, .ndjson, .json, .csv. */
    public static ExportFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        for (ExportFormat format : ExportFormat.values()) {
            if (name.endsWith("." + format.extension())) {
                return format;
            }
        }
        return ExportFormat.DYNAMODB_JSON_LINES;
    }

    private static ItemSource csv(CsvRecords records, CsvMapping mapping) throws IOException {
        CsvRecords.CsvRecord header = records.next();
        CsvMapping used = mapping != null ? mapping : CsvMapping.fromHeader(header == null ? List.of() : header.cells());
        if (header != null && header.cells().size() != used.columns().size()) {
            throw new IOException("The file has " + header.cells().size() + " columns but the mapping has "
                    + used.columns().size());
        }
        String problem = used.problem();
        if (header != null && problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new ReadAheadSource() {
            @Override
            protected ImportLine readNext() throws IOException {
                CsvRecords.CsvRecord record;
                do {
                    record = records.next();
                } while (record != null && record.cells().size() == 1 && record.cells().get(0).isEmpty());
                return record == null ? null : used.read(record);
            }

            @Override
            public ExportFormat failedFormat() {
                return ExportFormat.CSV;
            }

            @Override
            public String failedPreamble() {
                return header == null ? "" : header.text() + "\r\n";
            }

            @Override
            public void close() throws IOException {
                records.close();
            }
        };
    }
}
