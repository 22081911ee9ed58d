package dev.dynamodesk.item;

/** The NULL value (DynamoDB only has NULL = true). */
public record NullValue() implements DynamoValue {
    public static final NullValue INSTANCE = new NullValue();

    @Override
    public AttributeType type() {
        return AttributeType.NULL;
    }
}
