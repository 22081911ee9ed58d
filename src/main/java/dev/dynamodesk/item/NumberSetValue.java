package dev.dynamodesk.item;

import java.util.Collection;
import java.util.Set;

/** An NS value: a non-empty set of distinct members, kept in the order they were given. */
public record NumberSetValue(Set<NumberValue> members) implements DynamoValue {
    public NumberSetValue {
        members = SetMembers.copyOf(members, AttributeType.NS);
    }

    /** Builds the set from members that may repeat; a repeated member is refused, not dropped. */
    public static NumberSetValue of(Collection<NumberValue> members) {
        return new NumberSetValue(SetMembers.copyOf(members, AttributeType.NS));
    }

    @Override
    public AttributeType type() {
        return AttributeType.NS;
    }
}
