package dev.dynamodesk.transfer;

import dev.dynamodesk.item.AttributeType;
import java.util.Objects;

/**
 * A CSV column: the attribute it holds and, when known, its type (named in a typed header as
 * {@code name (N)}, so an import can read the column back with its type).
 */
public record CsvColumn(String name, AttributeType type) {
    public CsvColumn {
        Objects.requireNonNull(name, "name");
    }

    String header(boolean typed) {
        return typed && type != null ? name + " (" + type.name() + ")" : name;
    }
}
