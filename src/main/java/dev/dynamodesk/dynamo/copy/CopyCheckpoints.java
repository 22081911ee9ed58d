package dev.dynamodesk.dynamo.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamodesk.config.AtomicFiles;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each segment of a copy has got to, kept in a file after every chunk is written, so that a
 * copy that stopped or died goes on from there: a segment is read again from its last checkpoint,
 * and at most the chunk that was being written when it stopped is written twice (a put of the same
 * item leaves the same item). {@code copy} names what is copied (source, filter, target), so a
 * checkpoint is never used for another copy.
 */
public final class CopyCheckpoints {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DONE = "done";

    private final Path file;
    private final String copy;
    private final int segments;
    /** Per segment: where to go on (null: from its start); absent: finished. */
    private final Map<Integer, Item> positions;

    private CopyCheckpoints(Path file, String copy, int segments, Map<Integer, Item> positions) {
        this.file = file;
        this.copy = copy;
        this.segments = segments;
        this.positions = positions;
    }

    /**
     * What a copy copies, as its checkpoints are named by: the source connection and what the plan
     * reads (table, index, key condition, filter and its values), the target connection (with its
     * endpoint and region) and table. The window and the command line describe a copy alike, so
     * either goes on with a copy the other stopped.
     */
    public static String describe(String source, dev.dynamodesk.dynamo.query.QueryPlan plan, String target, String targetEndpoint,
                                  String targetRegion, String targetTable) {
        return source + ":" + plan.query().table() + (plan.query().indexName() == null ? "" : "." + plan.query().indexName())
                + "[" + plan.keyCondition() + "|" + plan.filterExpression() + "|" + plan.names() + "|" + plan.values() + "] -> "
                + target + "(" + targetEndpoint + "," + targetRegion + "):" + targetTable;
    }

    /** The checkpoint file of {@code copy} in {@code folder}: named by a digest of the description. */
    public static Path fileFor(Path folder, String copy) {
        return folder.resolve(digest(copy) + ".checkpoints.json");
    }

    /** A new file for the items one run of {@code copy} could not write. */
    public static Path failedFileFor(Path folder, String copy) {
        return folder.resolve(digest(copy) + "-" + java.time.LocalDateTime.now().format(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".failed.jsonl");
    }

    private static String digest(String copy) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(copy.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new copy of {@code segments} segments, each from its start. */
    public static CopyCheckpoints fresh(Path file, String copy, int segments) {
        Map<Integer, Item> positions = new HashMap<>();
        for (int segment = 0; segment < segments; segment++) {
            positions.put(segment, null);
        }
        return new CopyCheckpoints(file, copy, segments, positions);
    }

    /** The checkpoints of a copy that stopped; refuses a file of another copy. */
    public static CopyCheckpoints resume(Path file, String copy) {
        try {
            JsonNode node = JSON.readTree(Files.readString(file));
            if (!copy.equals(node.path("copy").asText())) {
                throw new IllegalArgumentException(file + " holds the checkpoints of another copy (" + node.path("copy").asText() + ")");
            }
            Map<Integer, Item> positions = new HashMap<>();
            var fields = node.path("positions").fields();
            while (fields.hasNext()) {
                var entry = fields.next();
                if (entry.getValue().isNull()) {
                    positions.put(Integer.parseInt(entry.getKey()), null);
                } else if (!DONE.equals(entry.getValue().asText())) {
                    positions.put(Integer.parseInt(entry.getKey()), DynamoJson.parseItem(entry.getValue().toString()));
                }
            }
            return new CopyCheckpoints(file, copy, node.path("segments").asInt(), positions);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the checkpoints " + file + ": " + e.getMessage(), e);
        } catch (DynamoJsonException e) {
            throw new IllegalArgumentException(file + " is not a checkpoint file: " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    public int segments() {
        return segments;
    }

    /** Where each unfinished segment goes on from (null: its start). */
    public synchronized Map<Integer, Item> startKeys() {
        return new HashMap<>(positions);
    }

    /** A segment's chunk is written: it goes on from {@code next} (null: the segment is finished). Saved at once. */
    synchronized void reached(int segment, Item next) {
        if (next == null) {
            positions.remove(segment);
        } else {
            positions.put(segment, next);
        }
        save();
    }

    public synchronized boolean finished() {
        return positions.isEmpty();
    }

    synchronized void save() {
        ObjectNode node = JSON.createObjectNode();
        node.put("copy", copy);
        node.put("segments", segments);
        ObjectNode shown = node.putObject("positions");
        for (int segment = 0; segment < segments; segment++) {
            if (!positions.containsKey(segment)) {
                shown.put(Integer.toString(segment), DONE);
            } else if (positions.get(segment) == null) {
                shown.putNull(Integer.toString(segment));
            } else {
                try {
                    shown.set(Integer.toString(segment), JSON.readTree(DynamoJson.write(positions.get(segment), false)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the checkpoints " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file once the copy is complete. */
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return new TreeMap<>(positions).toString();
    }
}
