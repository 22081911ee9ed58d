package dev.dynamodesk.item;

import java.util.List;

/** An L value: an ordered list of values of any types. */
public record ListValue(List<DynamoValue> elements) implements DynamoValue {
    public ListValue {
        elements = List.copyOf(elements);
    }

    @Override
    public AttributeType type() {
        return AttributeType.L;
    }
}
