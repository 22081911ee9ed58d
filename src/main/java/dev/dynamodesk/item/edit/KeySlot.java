package dev.dynamodesk.item.edit;

import dev.dynamodesk.item.AttributeType;

/** A key attribute of the table an item belongs to: its name, its type, and which key it is. */
public record KeySlot(String name, AttributeType type, boolean partition) {
}
