package dev.dynamodesk.item;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An M value; keeps its entries in the order they were given. */
public record MapValue(Map<String, DynamoValue> entries) implements DynamoValue {
    public MapValue {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public AttributeType type() {
        return AttributeType.M;
    }
}
