package dev.dynamodesk.item;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** DynamoDB JSON, the lossless text form of items: {@code {"id": {"S": "a"}, "n": {"N": "1"}}}. */
public final class DynamoJson {
    private DynamoJson() {
    }

    public static Item parseItem(String text) throws DynamoJsonException {
        return DynamoJsonReader.readItem(text);
    }

    public static DynamoValue parseValue(String text) throws DynamoJsonException {
        return DynamoJsonReader.readValue(text);
    }

    public static String write(Item item, boolean pretty) {
        return JsonText.render(out -> DynamoJsonWriter.writeAttributes(out, item.attributes()), pretty);
    }

    public static String write(DynamoValue value, boolean pretty) {
        return JsonText.render(out -> DynamoJsonWriter.writeTypedValue(out, value), pretty);
    }

    /** Streams one item onto a generator the caller owns (exports, copying many rows). */
    public static void write(JsonGenerator out, Item item) throws IOException {
        DynamoJsonWriter.writeAttributes(out, item.attributes());
    }
}
