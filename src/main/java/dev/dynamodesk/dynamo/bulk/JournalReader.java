package dev.dynamodesk.dynamo.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a journal back, streaming: its header, its writes in order, how each ended. A last line
 * cut short by a crash is ignored; any other line that cannot be read is an error naming it.
 */
public final class JournalReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An end line is a few hundred bytes; this much of the file's end always holds it whole. */
    private static final int END_LINE_BYTES = 16 * 1024;

    private final Path file;
    private final JournalHeader header;

    private JournalReader(Path file, JournalHeader header) {
        this.file = file;
        this.header = header;
    }

    /** Opens a journal, reading its header; refuses a file that is not one. */
    public static JournalReader open(Path file) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = lines.readLine();
            JsonNode node = first == null ? null : parse(file, 1, first);
            if (node == null || !JournalWriter.FORMAT.equals(node.path("journal").asText())) {
                throw new IllegalArgumentException(file + " is not a Dynamo Desk journal");
            }
            if (node.path("version").asInt() != JournalWriter.VERSION) {
                throw new IllegalArgumentException(file + " is a journal of version " + node.path("version").asInt()
                        + ", which this version of Dynamo Desk does not read");
            }
            List<String> changes = new ArrayList<>();
            node.path("changes").forEach(change -> changes.add(change.asText()));
            return new JournalReader(file, new JournalHeader(node.path("kind").asText(), node.path("table").asText(),
                    node.path("connection").asText(), text(node, "endpoint"), text(node, "region"),
                    Instant.parse(node.path("started").asText()), changes, text(node, "source"), text(node, "reverts")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public JournalHeader header() {
        return header;
    }

    /** How the journal's writes ended, by sequence number (a write with none may or may not have been sent). */
    public Map<Long, WriteResult> outcomes() {
        Map<Long, WriteResult> outcomes = new HashMap<>();
        forEachOutcome(outcomes::put);
        return outcomes;
    }

    /** The writes that certainly did not happen (skipped or never sent): few, so held in memory. */
    public java.util.Set<Long> certainlyNotWritten() {
        java.util.Set<Long> sequences = new java.util.HashSet<>();
        forEachOutcome((sequence, result) -> {
            if (result.certainlyNotWritten()) {
                sequences.add(sequence);
            }
        });
        return sequences;
    }

    /** Hands over each recorded outcome: the write's sequence number and how it ended. */
    public void forEachOutcome(java.util.function.BiConsumer<Long, WriteResult> consumer) {
        forEachLine(node -> {
            if (node.has("outcome")) {
                consumer.accept(node.get("outcome").asLong(), WriteResult.ofWord(node.path("result").asText()));
            }
        });
    }

    /** Hands over every journaled write, in order. */
    public void forEachWrite(java.util.function.BooleanSupplier stop, Consumer<PlannedWrite> consumer) {
        forEachLine(stop, node -> {
            if (node.has("write")) {
                List<String> conditioned = new ArrayList<>();
                node.path("conditioned").forEach(name -> conditioned.add(name.asText()));
                consumer.accept(new PlannedWrite(node.get("write").asLong(), item(node, "key"), item(node, "before"),
                        item(node, "after"), conditioned));
            }
        });
    }

    /**
     * The counts of the end line, or null when the run never ended (a crash or a kill). Read from
     * the file's last bytes: the history lists many journals, some of millions of lines.
     */
    public JsonNode endLine() {
        try (java.io.RandomAccessFile tail = new java.io.RandomAccessFile(file.toFile(), "r")) {
            int size = (int) Math.min(tail.length(), END_LINE_BYTES);
            byte[] bytes = new byte[size];
            tail.seek(tail.length() - size);
            tail.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8).stripTrailing();
            String last = text.substring(text.lastIndexOf('\n') + 1);
            if (!last.startsWith("{\"end\"")) {
                return null;
            }
            return parse(file, -1, last);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the journal " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException cut) {
            return null; // an end line cut short: the run did not end cleanly
        }
    }

    private void forEachLine(Consumer<JsonNode> consumer) {
        forEachLine(() -> false, consumer);
    }

    private void forEachLine(java.util.function.BooleanSupplier stop, Consumer<JsonNode> consumer) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines.readLine(); // the header
            String line = lines.readLine();
            int number = 1;
            while (line != null && !stop.getAsBoolean()) {
                number++;
                String next = lines.readLine();
                if (!line.isBlank()) {
                    JsonNode node;
                    try {
                        node = parse(file, number, line);
                    } catch (IllegalArgumentException cut) {
                        if (next == null) {
                            return; // the last line, cut short by a crash: its write was never sent
                        }
                        throw cut;
                    }
                    consumer.accept(node);
                }
                line = next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(Path file, int number, String line) {
        try {
            return JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ", line " + number + ": not a journal line (" + e.getOriginalMessage() + ")");
        }
    }

    private static Item item(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return DynamoJson.parseItem(value.toString());
        } catch (DynamoJsonException e) {
            throw new IllegalArgumentException("Write " + node.path("write").asText() + " in the journal: " + field
                    + " is not a DynamoDB JSON item: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
