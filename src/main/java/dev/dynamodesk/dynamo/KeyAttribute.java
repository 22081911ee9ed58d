package dev.dynamodesk.dynamo;

import dev.dynamodesk.item.AttributeType;

/** A key attribute of a table or index: its name and scalar type (S, N or B). */
public record KeyAttribute(String name, AttributeType type) {
    public String label() {
        return name + " (" + type.name() + ")";
    }
}
