package dev.dynamodesk.entity;

import dev.dynamodesk.item.Item;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of item in a single-table design ("company", "user"): the value of the table's type
 * attribute that marks it (null when it is told by its keys alone), how it builds each key
 * attribute of the table and of the indexes it appears in ({@code pk → company#{companyId}}), its
 * attributes in their usual order, and how many items of the sample it had. A model read from
 * NoSQL Workbench also keeps each facet's key aliases and example items, so that it is written
 * back as it came; a detected model keeps no items (the file is meant to be committed).
 */
public record Entity(String name, String typeValue, Map<String, KeyTemplate> keys, List<EntityAttribute> attributes, int sampled,
                     Map<String, String> aliases, List<Item> examples, List<String> alsoTypeValues) {
    public Entity {
        alsoTypeValues = alsoTypeValues == null ? List.of() : List.copyOf(alsoTypeValues);
        keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        attributes = List.copyOf(attributes);
        aliases = aliases == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    public Entity(String name, String typeValue, Map<String, KeyTemplate> keys, List<EntityAttribute> attributes, int sampled) {
        this(name, typeValue, keys, attributes, sampled, Map.of(), List.of(), List.of());
    }

    public Entity(String name, String typeValue, Map<String, KeyTemplate> keys, List<EntityAttribute> attributes, int sampled,
                  Map<String, String> aliases, List<Item> examples) {
        this(name, typeValue, keys, attributes, sampled, aliases, examples, List.of());
    }

    /** Every value of the type attribute that means this entity (more than one once entities were merged). */
    public List<String> typeValues() {
        List<String> values = new java.util.ArrayList<>();
        if (typeValue != null) {
            values.add(typeValue);
        }
        values.addAll(alsoTypeValues);
        return values;
    }

    /** Every template parameter, in the order the keys name them. */
    public List<String> parameters() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        keys.values().forEach(template -> names.addAll(template.parameters()));
        return List.copyOf(names);
    }

    public Entity named(String newName) {
        return new Entity(newName, typeValue, keys, attributes, sampled, aliases, examples, alsoTypeValues);
    }

    /** The same entity with a template parameter renamed everywhere it appears. */
    public Entity withParameterRenamed(String from, String to) {
        Map<String, KeyTemplate> renamed = new LinkedHashMap<>();
        keys.forEach((attribute, template) -> renamed.put(attribute, template.renamed(from, to)));
        return new Entity(name, typeValue, renamed, attributes, sampled, aliases, examples, alsoTypeValues);
    }
}
