package dev.dynamodesk.item;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/** Writes values as DynamoDB JSON onto a Jackson generator (so exports can stream). */
final class DynamoJsonWriter {
    private DynamoJsonWriter() {
    }

    static void writeAttributes(JsonGenerator out, Map<String, DynamoValue> attributes) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, DynamoValue> entry : attributes.entrySet()) {
            out.writeFieldName(entry.getKey());
            writeTypedValue(out, entry.getValue());
        }
        out.writeEndObject();
    }

    static void writeTypedValue(JsonGenerator out, DynamoValue value) throws IOException {
        out.writeStartObject();
        out.writeFieldName(value.type().name());
        if (value instanceof StringValue s) {
            out.writeString(s.value());
        } else if (value instanceof NumberValue n) {
            out.writeString(n.text());
        } else if (value instanceof BinaryValue b) {
            out.writeString(b.toBase64());
        } else if (value instanceof BoolValue b) {
            out.writeBoolean(b.value());
        } else if (value instanceof NullValue) {
            out.writeBoolean(true);
        } else if (value instanceof MapValue m) {
            writeAttributes(out, m.entries());
        } else if (value instanceof ListValue l) {
            out.writeStartArray();
            for (DynamoValue element : l.elements()) {
                writeTypedValue(out, element);
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
                out.writeString(member.text());
            }
            out.writeEndArray();
        } else if (value instanceof BinarySetValue bs) {
            out.writeStartArray();
            for (BinaryValue member : bs.members()) {
                out.writeString(member.toBase64());
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }
}
