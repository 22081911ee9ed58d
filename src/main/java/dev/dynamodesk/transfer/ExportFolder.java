package dev.dynamodesk.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A DynamoDB export to S3 (ExportTableToPointInTime), downloaded to a folder: its
 * {@code manifest-summary.json} (format, item count), {@code manifest-files.json} (one data file a
 * line) and the gzipped DynamoDB JSON data files under {@code data/}, read as one stream of items
 * in the manifest's order. A folder of data files without manifests (as some emulators write) is
 * read too, its files in name order, without an item count to check against.
 */
public final class ExportFolder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final List<Path> dataFiles;
    private final long expectedItems;
    private final String exportArn;

    private ExportFolder(Path root, List<Path> dataFiles, long expectedItems, String exportArn) {
        this.root = root;
        this.dataFiles = List.copyOf(dataFiles);
        this.expectedItems = expectedItems;
        this.exportArn = exportArn;
    }

    /** Whether {@code folder} is an export (or holds exactly one under {@code AWSDynamoDB/}). */
    public static boolean isExport(Path folder) {
        return Files.isDirectory(folder) && exportRoot(folder) != null;
    }

    /**
     * Reads the export's manifests and checks every data file they name is there, before any item
     * is read; an Ion export is refused with the reason.
     */
    public static ExportFolder read(Path folder) throws IOException {
        Path root = exportRoot(folder);
        if (root == null) {
            throw new IOException(folder + " holds no DynamoDB export (no manifest-summary.json, no data/*.json.gz)");
        }
        Path summaryFile = root.resolve("manifest-summary.json");
        if (!Files.isRegularFile(summaryFile)) {
            return new ExportFolder(root, gzFiles(root.resolve("data")), -1, null);
        }
        JsonNode summary = JSON.readTree(summaryFile.toFile());
        String format = summary.path("outputFormat").asText("DYNAMODB_JSON");
        if (!format.equals("DYNAMODB_JSON")) {
            throw new IOException("The export in " + root + " is in " + format + "; only DYNAMODB_JSON exports are read (export again"
                    + " with --format dynamodb-json)");
        }
        List<Path> files = new ArrayList<>();
        Path manifest = root.resolve("manifest-files.json");
        if (!Files.isRegularFile(manifest)) {
            throw new IOException(root + " has a manifest-summary.json but no manifest-files.json listing its data files");
        }
        for (String line : Files.readAllLines(manifest)) {
            if (line.isBlank()) {
                continue;
            }
            String key = JSON.readTree(line).path("dataFileS3Key").asText("");
            int data = key.lastIndexOf("/data/");
            if (data < 0) {
                throw new IOException("manifest-files.json names no data file on the line " + line);
            }
            Path file = root.resolve("data").resolve(key.substring(data + "/data/".length()));
            if (!Files.isRegularFile(file)) {
                throw new IOException("The manifest names " + key + ", which is not in " + root.resolve("data")
                        + " (was the download complete?); nothing was imported");
            }
            files.add(file);
        }
        return new ExportFolder(root, files, summary.path("itemCount").asLong(-1), summary.path("exportArn").asText(null));
    }

    /** The folder holding the manifests (and {@code data/}). */
    public Path root() {
        return root;
    }

    public List<Path> dataFiles() {
        return dataFiles;
    }

    /** The manifest's item count, or -1 without a manifest. */
    public long expectedItems() {
        return expectedItems;
    }

    public String exportArn() {
        return exportArn;
    }

    /** Every item of every data file, in turn; a record that cannot be read comes out failed, named by its file and line. */
    public ItemSource open() {
        return new Chained();
    }

    private static Path exportRoot(Path folder) {
        if (Files.isRegularFile(folder.resolve("manifest-summary.json")) || hasGz(folder.resolve("data"))) {
            return folder;
        }
        Path exports = folder.resolve("AWSDynamoDB");
        if (!Files.isDirectory(exports)) {
            return null;
        }
        try (Stream<Path> children = Files.list(exports)) {
            List<Path> found = children.filter(Files::isDirectory).filter(child -> exportRoot(child) == child).toList();
            return found.size() == 1 ? found.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean hasGz(Path data) {
        try {
            return Files.isDirectory(data) && !gzFiles(data).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> gzFiles(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".gz")).sorted().toList();
        }
    }

    /** The data files' records one after another, each file opened when the one before is done. */
    private final class Chained implements ItemSource {
        private int next;
        private ItemSource current;
        private String currentName;

        @Override
        public boolean hasNext() {
            try {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        current.close();
                        current = null;
                    }
                    if (next >= dataFiles.size()) {
                        return false;
                    }
                    Path file = dataFiles.get(next++);
                    InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024);
                    current = JsonLinesReader.dynamoJson(in);
                    currentName = root.relativize(file).toString();
                }
                return true;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Could not read " + dataFiles.get(next - 1) + ": " + e.getMessage(), e);
            }
        }

        @Override
        public ImportLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportLine line = current.next();
            return line.problem() == null ? line : ImportLine.failed(line.number(), line.text(), currentName + ": " + line.problem());
        }

        @Override
        public ExportFormat failedFormat() {
            return ExportFormat.DYNAMODB_JSON_LINES;
        }

        @Override
        public void close() throws IOException {
            if (current != null) {
                current.close();
            }
        }
    }
}
