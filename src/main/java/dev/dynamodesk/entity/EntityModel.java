package dev.dynamodesk.entity;

import java.util.List;
import java.util.Optional;

/**
 * A table's single-table design as its entities: the attribute that names each item's type (null
 * when entities are told by their keys), the entities, the named access patterns, and, from a
 * detection, how many items were sampled, how many fitted no entity ("Other") and what was looked
 * for. Kept in a JSON file the user can commit ({@link EntityModelFiles}). One read from a NoSQL
 * Workbench data model keeps that file's text ({@code workbenchSource}), so that exporting it again
 * leaves what Dynamo Desk does not model (other tables, metadata) as it was.
 */
public record EntityModel(String table, String typeAttribute, List<Entity> entities, List<AccessPattern> patterns, int sampled,
                          int other, String lookedFor, String workbenchSource) {
    public EntityModel {
        entities = List.copyOf(entities);
        patterns = List.copyOf(patterns);
    }

    public EntityModel(String table, String typeAttribute, List<Entity> entities, List<AccessPattern> patterns, int sampled, int other,
                       String lookedFor) {
        this(table, typeAttribute, entities, patterns, sampled, other, lookedFor, null);
    }

    public Optional<Entity> entity(String name) {
        return entities.stream().filter(entity -> entity.name().equals(name)).findFirst();
    }

    public Optional<AccessPattern> pattern(String name) {
        return patterns.stream().filter(pattern -> pattern.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Whether detection found nothing to go on: every item is Other. */
    public boolean recognised() {
        return !entities.isEmpty();
    }

    public EntityModel withEntities(List<Entity> replaced) {
        return new EntityModel(table, typeAttribute, replaced, patterns, sampled, other, lookedFor, workbenchSource);
    }

    public EntityModel withPatterns(List<AccessPattern> replaced) {
        return new EntityModel(table, typeAttribute, entities, replaced, sampled, other, lookedFor, workbenchSource);
    }
}
