package dev.dynamodesk.item;

import java.util.Collection;
import java.util.Set;

/** An BS value: a non-empty set of distinct members, kept in the order they were given. */
public record BinarySetValue(Set<BinaryValue> members) implements DynamoValue {
    public BinarySetValue {
        members = SetMembers.copyOf(members, AttributeType.BS);
    }

    /** Builds the set from members that may repeat; a repeated member is refused, not dropped. */
    public static BinarySetValue of(Collection<BinaryValue> members) {
        return new BinarySetValue(SetMembers.copyOf(members, AttributeType.BS));
    }

    @Override
    public AttributeType type() {
        return AttributeType.BS;
    }
}
