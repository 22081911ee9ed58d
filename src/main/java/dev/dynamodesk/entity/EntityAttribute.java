package dev.dynamodesk.entity;

import java.util.List;

/**
 * An attribute an entity's items carry: its DynamoDB types as seen (most seen first) and in how
 * many of the sampled items of the entity it was present.
 */
public record EntityAttribute(String name, List<String> types, int present) {
    public EntityAttribute {
        types = List.copyOf(types);
    }

    /** "S", or "S|N" where the sample mixed types. */
    public String typeText() {
        return String.join("|", types);
    }
}
