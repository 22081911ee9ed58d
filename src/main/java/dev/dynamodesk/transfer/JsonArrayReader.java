package dev.dynamodesk.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.PlainJsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;

/**
 * Reads a plain JSON array of objects one element at a time, so a file bigger than memory can be
 * imported. Each element is copied out as text (numbers as they were written, never through a
 * double) and read like a line of plain JSON. An element that is not an object fails alone; broken
 * JSON ends the file there, since nothing after it can be trusted.
 */
public final class JsonArrayReader extends ReadAheadSource {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonParser parser;
    private boolean started;
    private boolean finished;
    private long elements;

    public JsonArrayReader(InputStream in) throws IOException {
        this.parser = FACTORY.createParser(in);
    }

    /** Failed elements are written one per line: plain JSON lines, which import like the array did. */
    @Override
    public ExportFormat failedFormat() {
        return ExportFormat.JSON_LINES;
    }

    @Override
    protected ImportLine readNext() throws IOException {
        if (finished) {
            return null;
        }
        long line = parser.currentLocation().getLineNr();
        try {
            if (!started) {
                started = true;
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_ARRAY) {
                    finished = true;
                    return first == null ? null
                            : ImportLine.failed(1, "", "A JSON export is an array of objects: [ {...}, {...} ]");
                }
            }
            JsonToken token = parser.nextToken();
            line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.END_ARRAY || token == null) {
                finished = true;
                return null;
            }
            String text = copyElement();
            long element = ++elements;
            if (token != JsonToken.START_OBJECT) {
                return ImportLine.failed(line, text, "Not a JSON object: " + text).asElement(element);
            }
            try {
                return ImportLine.read(line, text, PlainJsonReader.read(text, Item.EMPTY).item()).asElement(element);
            } catch (DynamoJsonException e) {
                return ImportLine.failed(line, text, "Not a JSON object: " + e.getMessage()).asElement(element);
            }
        } catch (JsonProcessingException e) {
            finished = true;
            return ImportLine.failed(e.getLocation() == null ? line : e.getLocation().getLineNr(), "",
                    "Broken JSON, nothing after this could be read: " + e.getOriginalMessage());
        }
    }

    /** The current element as compact JSON text; numbers are copied as their text. */
    private String copyElement() throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    out.writeNumber(parser.getText());
                } else {
                    out.copyCurrentEvent(parser);
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
            } while (depth > 0 && parser.nextToken() != null);
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
