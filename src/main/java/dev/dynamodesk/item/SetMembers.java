package dev.dynamodesk.item;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Shared checks for the three set types: never empty, never a duplicate member. */
final class SetMembers {
    private SetMembers() {
    }

    static <T> Set<T> copyOf(Collection<T> members, AttributeType type) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A " + type.displayName().toLowerCase() + " cannot be empty");
        }
        Set<T> copy = new LinkedHashSet<>();
        for (T member : members) {
            if (member == null) {
                throw new IllegalArgumentException("A " + type.displayName().toLowerCase() + " cannot hold null");
            }
            if (!copy.add(member)) {
                throw new IllegalArgumentException("A " + type.displayName().toLowerCase()
                        + " cannot hold a duplicate member: " + member);
            }
        }
        return Collections.unmodifiableSet(copy);
    }
}
