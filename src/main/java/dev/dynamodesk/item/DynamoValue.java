package dev.dynamodesk.item;

/**
 * One typed DynamoDB value. Implementations are immutable and lossless: numbers keep their
 * exact decimal text, binary keeps its bytes, and sets stay sets.
 */
public sealed interface DynamoValue
        permits StringValue, NumberValue, BinaryValue, BoolValue, NullValue,
                MapValue, ListValue, StringSetValue, NumberSetValue, BinarySetValue {

    AttributeType type();
}
