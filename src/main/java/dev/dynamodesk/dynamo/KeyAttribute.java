package dev.dynamodesk.dynamo;

import dev.dynamodesk.item.AttributeType;

/** A key attribute of a table or index: its name and scalar type (S, N or B). */
public record KeyAttribute(String name, AttributeType type) {
    /** A key's attributes in order: {@code first} (left out when null) then {@code more}. */
    public static java.util.List<KeyAttribute> inOrder(KeyAttribute first, java.util.List<KeyAttribute> more) {
        java.util.List<KeyAttribute> keys = new java.util.ArrayList<>();
        if (first != null) {
            keys.add(first);
        }
        keys.addAll(more);
        return keys;
    }

    public String label() {
        return name + " (" + type.name() + ")";
    }
}
