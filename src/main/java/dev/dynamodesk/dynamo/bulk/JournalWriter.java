package dev.dynamodesk.dynamo.bulk;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Appends a bulk run's journal: one JSON object per line, items in DynamoDB JSON. Each write is
 * journaled (before- and after-image) before it is sent, and each batch is forced to disk before
 * its writes go out, so a crash or a kill loses at most the outcomes of the writes in flight;
 * a revert then finds every write that may have happened.
 */
public final class JournalWriter implements Closeable {
    static final String FORMAT = "Dynamo Desk bulk journal";
    static final int VERSION = 1;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path file;
    private final FileChannel channel;
    private final JsonGenerator out;

    private JournalWriter(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream stream = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
        this.out = JSON.createGenerator(stream, JsonEncoding.UTF8);
        out.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
    }

    /** A new journal in {@code folder} (made if missing), named by the time and table, starting with its header. */
    public static JournalWriter create(Path folder, JournalHeader header) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(FILE_TIME.format(header.started()) + "-" + header.table() + "-" + header.kind() + ".jsonl");
            JournalWriter writer = new JournalWriter(file);
            writer.header(header);
            writer.flush(true);
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the journal in " + folder + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    private void header(JournalHeader header) throws IOException {
        out.writeStartObject();
        out.writeStringField("journal", FORMAT);
        out.writeNumberField("version", VERSION);
        out.writeStringField("kind", header.kind());
        out.writeStringField("table", header.table());
        out.writeStringField("connection", header.connection());
        writeNullable("endpoint", header.endpoint());
        writeNullable("region", header.region());
        out.writeStringField("started", header.started().toString());
        out.writeArrayFieldStart("changes");
        for (String change : header.changes()) {
            out.writeString(change);
        }
        out.writeEndArray();
        writeNullable("source", header.source());
        writeNullable("reverts", header.reverts());
        out.writeEndObject();
    }

    /** Journals a batch of writes and forces it to disk: call before sending any of them. */
    public synchronized void writes(List<PlannedWrite> batch) {
        try {
            for (PlannedWrite write : batch) {
                out.writeStartObject();
                out.writeNumberField("write", write.sequence());
                out.writeStringField("action", write.action().name().toLowerCase(java.util.Locale.ROOT));
                writeItem("key", write.key());
                writeItem("before", write.before());
                writeItem("after", write.after());
                out.writeArrayFieldStart("conditioned");
                for (String name : write.conditioned()) {
                    out.writeString(name);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            flush(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records how a write ended (written to disk with the next batch, or at the end). */
    public synchronized void outcome(long sequence, WriteResult result, String reason) {
        try {
            out.writeStartObject();
            out.writeNumberField("outcome", sequence);
            out.writeStringField("result", result.word());
            writeNullable("reason", reason);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** The last line: how the run ended and its counts. */
    public synchronized void end(String how, BulkTally.Counts counts) {
        try {
            out.writeStartObject();
            out.writeStringField("end", how);
            out.writeStringField("ended", Instant.now().toString());
            out.writeNumberField("read", counts.read());
            out.writeNumberField("changed", counts.changed());
            out.writeNumberField("unchanged", counts.unchanged());
            out.writeNumberField("skipped", counts.skipped());
            out.writeNumberField("failed", counts.failed());
            out.writeNumberField("notAttempted", counts.notAttempted());
            out.writeEndObject();
            flush(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeItem(String field, Item item) throws IOException {
        if (item == null) {
            out.writeNullField(field);
        } else {
            out.writeFieldName(field);
            DynamoJson.write(out, item);
        }
    }

    private void writeNullable(String field, String value) throws IOException {
        if (value == null) {
            out.writeNullField(field);
        } else {
            out.writeStringField(field, value);
        }
    }

    private void flush(boolean toDisk) throws IOException {
        out.flush();
        if (toDisk) {
            channel.force(false);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.writeRaw('\n');
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
