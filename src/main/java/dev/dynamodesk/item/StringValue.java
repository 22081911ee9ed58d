package dev.dynamodesk.item;

import java.util.Objects;

/** An S value. Empty strings are allowed (DynamoDB accepts them outside keys). */
public record StringValue(String value) implements DynamoValue {
    public StringValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public AttributeType type() {
        return AttributeType.S;
    }
}
