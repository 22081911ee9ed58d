package dev.dynamodesk.item;

import java.util.Collection;
import java.util.Set;

/** An SS value: a non-empty set of distinct members, kept in the order they were given. */
public record StringSetValue(Set<String> members) implements DynamoValue {
    public StringSetValue {
        members = SetMembers.copyOf(members, AttributeType.SS);
    }

    /** Builds the set from members that may repeat; a repeated member is refused, not dropped. */
    public static StringSetValue of(Collection<String> members) {
        return new StringSetValue(SetMembers.copyOf(members, AttributeType.SS));
    }

    @Override
    public AttributeType type() {
        return AttributeType.SS;
    }
}
