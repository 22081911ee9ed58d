package dev.dynamodesk.item;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/**
 * Plain JSON, the way most people think of an item: {@code {"id": "a", "n": 1}}. It cannot say
 * everything DynamoDB JSON can: sets become arrays, binary becomes base64 text. Numbers are written
 * with their exact digits as JSON numbers, never through a double.
 */
public final class PlainJson {
    private PlainJson() {
    }

    public static String write(Item item, boolean pretty) {
        return JsonText.render(out -> writeMap(out, item.attributes()), pretty);
    }

    public static String write(DynamoValue value, boolean pretty) {
        return JsonText.render(out -> writeValue(out, value), pretty);
    }

    /** Streams one item onto a generator the caller owns. */
    public static void write(JsonGenerator out, Item item) throws IOException {
        writeMap(out, item.attributes());
    }


    private static void writeMap(JsonGenerator out, Map<String, DynamoValue> entries) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, DynamoValue> entry : entries.entrySet()) {
            out.writeFieldName(entry.getKey());
            writeValue(out, entry.getValue());
        }
        out.writeEndObject();
    }

    private static void writeValue(JsonGenerator out, DynamoValue value) throws IOException {
        if (value instanceof StringValue s) {
            out.writeString(s.value());
        } else if (value instanceof NumberValue n) {
            // The exact text as a JSON number: writeNumber(String) copies the digits through.
            out.writeNumber(n.jsonText());
        } else if (value instanceof BinaryValue b) {
            out.writeString(b.toBase64());
        } else if (value instanceof BoolValue b) {
            out.writeBoolean(b.value());
        } else if (value instanceof NullValue) {
            out.writeNull();
        } else if (value instanceof MapValue m) {
            writeMap(out, m.entries());
        } else if (value instanceof ListValue l) {
            out.writeStartArray();
            for (DynamoValue element : l.elements()) {
                writeValue(out, element);
            }
            out.writeEndArray();
        } else if (value instanceof StringSetValue ss) {
            out.writeStartArray();
            for (String member : ss.members()) {
                out.writeString(member);
            }
            out.writeEndArray();
        } else if (value instanceof NumberSetValue ns) {
            out.writeStartArray();
            for (NumberValue member : ns.members()) {
                out.writeNumber(member.jsonText());
            }
            out.writeEndArray();
        } else if (value instanceof BinarySetValue bs) {
            out.writeStartArray();
            for (BinaryValue member : bs.members()) {
                out.writeString(member.toBase64());
            }
            out.writeEndArray();
        }
    }
}
