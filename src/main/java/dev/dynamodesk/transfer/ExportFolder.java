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
import java.util.zip.GZIPInputStream;

/**
 * A DynamoDB export to S3 (ExportTableToPointInTime), in a downloaded folder or in S3 itself
 * ({@link ExportStore}): its {@code manifest-summary.json} (format, item count),
 * {@code manifest-files.json} (one data file a line) and the gzipped data files under {@code data/}
 * (DynamoDB JSON, or Amazon Ion), read as one stream of items in the manifest's order. Data files without manifests
 * (as some emulators write) are read too, in name order, without an item count to check against.
 */
public final class ExportFolder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExportStore store;
    private final String root;
    private final List<String> dataFiles;
    private final long expectedItems;
    private final boolean ion;

    private ExportFolder(ExportStore store, String root, List<String> dataFiles, long expectedItems, boolean ion) {
        this.store = store;
        this.root = root;
        this.dataFiles = List.copyOf(dataFiles);
        this.expectedItems = expectedItems;
        this.ion = ion;
    }

    /** Whether {@code folder} is an export (or holds exactly one under {@code AWSDynamoDB/}). */
    public static boolean isExport(Path folder) {
        try {
            return Files.isDirectory(folder) && exportRoot(ExportStore.folder(folder)) != null;
        } catch (IOException e) {
            return false;
        }
    }

    public static ExportFolder read(Path folder) throws IOException {
        return read(ExportStore.folder(folder));
    }

    /**
     * Reads the export's manifests and checks every data file they name is there, before any item
     * is read. DynamoDB JSON and Amazon Ion exports are read; any other format is refused.
     */
    public static ExportFolder read(ExportStore store) throws IOException {
        String root = exportRoot(store);
        if (root == null) {
            throw new IOException(store.describe("") + " holds no DynamoDB export (no manifest-summary.json, no data/*.json.gz;"
                    + " or several exports under AWSDynamoDB/: name one)");
        }
        if (!store.isFile(root + "manifest-summary.json")) {
            List<String> files = new ArrayList<>();
            for (String name : store.children(root + "data")) {
                if (name.endsWith(".gz")) {
                    files.add(root + "data/" + name);
                }
            }
            // No manifest to say the format: the data files' names do (AWS names Ion files .ion.gz).
            return new ExportFolder(store, root, files, -1, !files.isEmpty() && files.stream().allMatch(f -> f.endsWith(".ion.gz")));
        }
        JsonNode summary;
        try (InputStream in = store.open(root + "manifest-summary.json")) {
            summary = JSON.readTree(in);
        }
        String format = summary.path("outputFormat").asText("DYNAMODB_JSON");
        if (!format.equals("DYNAMODB_JSON") && !format.equals("ION")) {
            throw new IOException("The export in " + store.describe(root) + " is in " + format + "; DYNAMODB_JSON and ION exports are"
                    + " read");
        }
        if (!store.isFile(root + "manifest-files.json")) {
            throw new IOException(store.describe(root) + " has a manifest-summary.json but no manifest-files.json listing its data files");
        }
        List<String> files = new ArrayList<>();
        String lines;
        try (InputStream in = store.open(root + "manifest-files.json")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String line : lines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String key = JSON.readTree(line).path("dataFileS3Key").asText("");
            int data = key.lastIndexOf("/data/");
            if (data < 0) {
                throw new IOException("manifest-files.json names no data file on the line " + line);
            }
            String file = root + "data/" + key.substring(data + "/data/".length());
            if (!store.isFile(file)) {
                throw new IOException("The manifest names " + key + ", which is not in " + store.describe(root + "data")
                        + " (was the download complete?); nothing was imported");
            }
            files.add(file);
        }
        return new ExportFolder(store, root, files, summary.path("itemCount").asLong(-1), format.equals("ION"));
    }

    /** Where the manifests (and {@code data/}) are, as the user would write it. */
    public String root() {
        return store.describe(root);
    }

    /** "Amazon Ion" or "DynamoDB JSON": what the data files hold. */
    public String format() {
        return ion ? "Amazon Ion" : "DynamoDB JSON";
    }

    public List<String> dataFiles() {
        return dataFiles;
    }

    /** The manifest's item count, or -1 without a manifest. */
    public long expectedItems() {
        return expectedItems;
    }

    /** What is wrong when {@code read} items came out of the data files but the manifest counts otherwise; empty when none is. */
    public java.util.Optional<String> countProblem(long read, long written) {
        return expectedItems < 0 || read == expectedItems ? java.util.Optional.empty() : java.util.Optional.of(String.format(
                "The export's manifest counts %,d items, but its data files held %,d: the download may be incomplete (%,d written).",
                expectedItems, read, written));
    }

    /** Every item of every data file, in turn; a record that cannot be read comes out failed, named by its file and line. */
    public ItemSource open() {
        return new Chained();
    }

    /** "" when the top is the export, "AWSDynamoDB/<id>/" when it holds exactly one; null otherwise. */
    private static String exportRoot(ExportStore store) throws IOException {
        if (isExportAt(store, "")) {
            return "";
        }
        List<String> found = new ArrayList<>();
        for (String id : store.children("AWSDynamoDB")) {
            String candidate = "AWSDynamoDB/" + id + "/";
            if (isExportAt(store, candidate)) {
                found.add(candidate);
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static boolean isExportAt(ExportStore store, String root) throws IOException {
        return store.isFile(root + "manifest-summary.json")
                || store.children(root + "data").stream().anyMatch(name -> name.endsWith(".gz"));
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
                    String file = dataFiles.get(next++);
                    InputStream data = new GZIPInputStream(store.open(file), 64 * 1024);
                    current = ion ? IonLinesReader.open(data) : JsonLinesReader.dynamoJson(data);
                    currentName = file.substring(root.length());
                }
                return true;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Could not read " + store.describe(dataFiles.get(next - 1)) + ": "
                        + e.getMessage(), e);
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
