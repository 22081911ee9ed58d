package dev.dynamodesk.item;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A DynamoDB item: attribute names to typed values, in a stable order. */
public record Item(Map<String, DynamoValue> attributes) {
    public static final Item EMPTY = new Item(Map.of());

    public Item {
        Map<String, DynamoValue> copy = new LinkedHashMap<>();
        attributes.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "attribute name"),
                Objects.requireNonNull(value, () -> "value of " + name)));
        attributes = Collections.unmodifiableMap(copy);
    }

    public DynamoValue get(String name) {
        return attributes.get(name);
    }

    public boolean has(String name) {
        return attributes.containsKey(name);
    }

    public int size() {
        return attributes.size();
    }

    /** A fluent way to write items in code (sample data, tests). */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, DynamoValue> attributes = new LinkedHashMap<>();

        public Builder put(String name, DynamoValue value) {
            attributes.put(name, value);
            return this;
        }

        public Builder s(String name, String value) {
            return put(name, new StringValue(value));
        }

        public Builder n(String name, String value) {
            return put(name, new NumberValue(value));
        }

        public Builder n(String name, long value) {
            return put(name, NumberValue.of(value));
        }

        public Builder bool(String name, boolean value) {
            return put(name, BoolValue.of(value));
        }

        public Item build() {
            return new Item(attributes);
        }
    }
}
