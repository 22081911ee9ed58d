package dev.dynamodesk.item;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** DynamoDB JSON, the lossless text form of items: {@code {"id": {"S": "a"}, "n": {"N": "1"}}}. */
public final class DynamoJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private DynamoJson() {
    }

    public static Item parseItem(String text) throws DynamoJsonException {
        return DynamoJsonReader.readItem(text);
    }

    public static DynamoValue parseValue(String text) throws DynamoJsonException {
        return DynamoJsonReader.readValue(text);
    }

    public static String write(Item item, boolean pretty) {
        return render(out -> DynamoJsonWriter.writeAttributes(out, item.attributes()), pretty);
    }

    public static String write(DynamoValue value, boolean pretty) {
        return render(out -> DynamoJsonWriter.writeTypedValue(out, value), pretty);
    }

    /** Streams one item onto a generator the caller owns (exports, copying many rows). */
    public static void write(JsonGenerator out, Item item) throws IOException {
        DynamoJsonWriter.writeAttributes(out, item.attributes());
    }

    private interface Body {
        void writeTo(JsonGenerator out) throws IOException;
    }

    private static String render(Body body, boolean pretty) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            if (pretty) {
                DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
                out.setPrettyPrinter(printer);
            }
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return text.toString();
    }
}
