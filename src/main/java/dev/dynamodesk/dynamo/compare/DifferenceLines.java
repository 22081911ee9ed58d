package dev.dynamodesk.dynamo.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.edit.ItemDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Differences as JSON lines, one object each: {@code {"kind":"only-left","key":{…},"item":{…}}},
 * {@code {"kind":"different","key":{…},"changed":{"NAME":{"left":V,"right":V}}}} (null where a
 * side has no such attribute). Values in DynamoDB JSON. The generator's root values are separated
 * by line breaks by the caller.
 */
public final class DifferenceLines implements Differences {
    private final JsonGenerator json;

    public DifferenceLines(JsonGenerator json) {
        this.json = json;
    }

    @Override
    public void onlyLeft(Item key, Item item) {
        write("only-left", key, item, null);
    }

    @Override
    public void onlyRight(Item key, Item item) {
        write("only-right", key, item, null);
    }

    @Override
    public void different(Item key, Item left, Item right, List<ItemDiff.Change> changes) {
        write("different", key, null, changes);
    }

    private void write(String kind, Item key, Item item, List<ItemDiff.Change> changes) {
        try {
            json.writeStartObject();
            json.writeStringField("kind", kind);
            json.writeFieldName("key");
            DynamoJson.write(json, key);
            if (item != null) {
                json.writeFieldName("item");
                DynamoJson.write(json, item);
            }
            if (changes != null) {
                json.writeObjectFieldStart("changed");
                for (ItemDiff.Change change : changes) {
                    json.writeObjectFieldStart(change.name());
                    json.writeFieldName("left");
                    value(change.before());
                    json.writeFieldName("right");
                    value(change.after());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void value(DynamoValue value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeRawValue(DynamoJson.write(value, false));
        }
    }
}
