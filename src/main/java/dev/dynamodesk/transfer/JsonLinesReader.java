package dev.dynamodesk.transfer;

import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.PlainJsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one item per line, one line at a time: DynamoDB JSON lines (DynamoDB's export format,
 * {@code {"Item": {...}}} per line; a bare item per line is accepted too) or plain JSON lines
 * (types as JSON has them: numbers stay exact as N). Blank lines are skipped; a bad line is
 * reported with its number and does not stop the lines after it.
 */
public final class JsonLinesReader extends ReadAheadSource {
    private static final Pattern WRAPPED = Pattern.compile("^\\s*\\{\\s*\"Item\"\\s*:\\s*(\\{.*})\\s*}\\s*$", Pattern.DOTALL);

    /** Makes a line (numbered from 1) into a record, or a failed one saying why. */
    interface LineParser {
        ImportLine parse(long number, String text);
    }

    private final BufferedReader lines;
    private final LineParser parser;
    private final ExportFormat format;
    private long number;

    private JsonLinesReader(InputStream in, LineParser parser, ExportFormat format) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.parser = parser;
        this.format = format;
    }

    public static JsonLinesReader dynamoJson(InputStream in) {
        return new JsonLinesReader(in, JsonLinesReader::parseDynamoJson, ExportFormat.DYNAMODB_JSON_LINES);
    }

    /** Any format of one record a line, parsed by {@code parser}; failed records are written back in {@code failedFormat}. */
    static JsonLinesReader lines(InputStream in, LineParser parser, ExportFormat failedFormat) {
        return new JsonLinesReader(in, parser, failedFormat);
    }

    public static JsonLinesReader plainJson(InputStream in) {
        return new JsonLinesReader(in, JsonLinesReader::parsePlainJson, ExportFormat.JSON_LINES);
    }

    @Override
    public ExportFormat failedFormat() {
        return format;
    }

    @Override
    protected ImportLine readNext() throws IOException {
        String text;
        while ((text = lines.readLine()) != null) {
            number++;
            if (!text.isBlank()) {
                return parser.parse(number, text);
            }
        }
        return null;
    }

    static ImportLine parseDynamoJson(long number, String text) {
        Matcher wrapped = WRAPPED.matcher(text);
        String item = wrapped.matches() ? wrapped.group(1) : text;
        try {
            return ImportLine.read(number, text, DynamoJson.parseItem(item));
        } catch (DynamoJsonException e) {
            return ImportLine.failed(number, text, "Not DynamoDB JSON: " + e.getMessage());
        }
    }

    static ImportLine parsePlainJson(long number, String text) {
        try {
            return ImportLine.read(number, text, PlainJsonReader.read(text, Item.EMPTY).item());
        } catch (DynamoJsonException e) {
            return ImportLine.failed(number, text, "Not a JSON object: " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
