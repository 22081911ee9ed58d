package dev.dynamodesk.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the user changes in a detected model beyond names: two entities merged into one (detection
 * told apart what the design means as one kind), or one split in several by what one of its keys
 * starts with (detection, or a shared type value, put two kinds together).
 */
public final class EntityEdits {
    private EntityEdits() {
    }

    /**
     * {@code other} merged into {@code kept}: the type values of both mean the merged entity; a key
     * both build the same way keeps its template, one only one builds keeps that one's, and one they
     * build differently keeps what the two templates share ({@code order#{a}#{b}} and
     * {@code order#{c}} give {@code order#{a}}); attributes are the union, counts added up.
     */
    public static Entity merge(Entity kept, Entity other) {
        Map<String, KeyTemplate> keys = new LinkedHashMap<>(kept.keys());
        other.keys().forEach((attribute, template) -> keys.merge(attribute, template, (mine, theirs) -> common(attribute, mine, theirs)));
        Map<String, EntityAttribute> attributes = new LinkedHashMap<>();
        for (EntityAttribute attribute : kept.attributes()) {
            attributes.put(attribute.name(), attribute);
        }
        for (EntityAttribute attribute : other.attributes()) {
            attributes.merge(attribute.name(), attribute, (mine, theirs) -> {
                LinkedHashSet<String> types = new LinkedHashSet<>(mine.types());
                types.addAll(theirs.types());
                return new EntityAttribute(mine.name(), List.copyOf(types), mine.present() + theirs.present());
            });
        }
        LinkedHashSet<String> typeValues = new LinkedHashSet<>(kept.typeValues());
        typeValues.addAll(other.typeValues());
        List<String> values = List.copyOf(typeValues);
        List<dev.dynamodesk.item.Item> examples = new ArrayList<>(kept.examples());
        examples.addAll(other.examples());
        return new Entity(kept.name(), values.isEmpty() ? null : values.get(0), keys, List.copyOf(attributes.values()),
                kept.sampled() + other.sampled(), kept.aliases(), examples, values.size() <= 1 ? List.of() : values.subList(1, values.size()));
    }

    /** What two templates of one key share: their common parts, then one parameter for the rest. */
    static KeyTemplate common(String attribute, KeyTemplate a, KeyTemplate b) {
        if (a.equals(b)) {
            return a;
        }
        List<KeyTemplate.Part> shared = new ArrayList<>();
        List<KeyTemplate.Part> left = a.parts();
        List<KeyTemplate.Part> right = b.parts();
        int i = 0;
        while (i < left.size() && i < right.size() && left.get(i).equals(right.get(i))) {
            shared.add(left.get(i));
            i++;
        }
        if (i < left.size() && i < right.size() && left.get(i).parameter() == null && right.get(i).parameter() == null) {
            // Two literals that start alike ("user#" and "user|"): keep what they share.
            String x = left.get(i).literal();
            String y = right.get(i).literal();
            int same = 0;
            while (same < x.length() && same < y.length() && x.charAt(same) == y.charAt(same)) {
                same++;
            }
            if (same > 0) {
                shared.add(new KeyTemplate.Part(x.substring(0, same), null));
            }
        }
        if (shared.isEmpty() || shared.get(shared.size() - 1).parameter() == null) {
            // The rest is named after the first template's next parameter, else after the key.
            // When nothing is shared the values are of two kinds: the key's own name says that best.
            String name = shared.isEmpty() ? attribute : left.subList(i, left.size()).stream().map(KeyTemplate.Part::parameter)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(attribute);
            shared.add(new KeyTemplate.Part(null, name));
        }
        return KeyTemplate.of(shared);
    }

    /**
     * {@code entity} split by the prefix of {@code key} (the text before its first {@code #},
     * {@code |} or {@code :}, or the whole value): one entity per prefix among {@code items} (the
     * entity's items of a sample), each named {@code entity-prefix}, with its templates worked out
     * from its own items and the entity's type values. Fewer than two prefixes: nothing to split.
     */
    public static List<Entity> split(Entity entity, List<dev.dynamodesk.item.Item> items, dev.dynamodesk.dynamo.TableInfo table, String key) {
        Map<String, List<dev.dynamodesk.item.Item>> groups = new LinkedHashMap<>();
        for (dev.dynamodesk.item.Item item : items) {
            String value = ParameterNames.text(item.get(key)).orElse(null);
            if (value == null) {
                continue;
            }
            var separator = TemplateInference.SEPARATOR.matcher(value);
            String prefix = separator.find() ? value.substring(0, separator.start()) : value;
            groups.computeIfAbsent(prefix, p -> new ArrayList<>()).add(item);
        }
        if (groups.size() < 2) {
            throw new IllegalArgumentException(groups.isEmpty() ? "No sampled " + entity.name() + " has " + key
                    : "Every sampled " + entity.name() + "'s " + key + " starts with " + groups.keySet().iterator().next()
                    + ": nothing to split by");
        }
        List<Entity> parts = new ArrayList<>();
        java.util.Set<String> keyNames = EntityDetector.keyNames(table);
        for (Map.Entry<String, List<dev.dynamodesk.item.Item>> group : groups.entrySet()) {
            Entity part = EntityDetector.entity(entity.name() + "-" + group.getKey().replaceAll("[^A-Za-z0-9_.-]", ""),
                    entity.typeValue(), group.getValue(), table, keyNames);
            parts.add(new Entity(part.name(), entity.typeValue(), part.keys(), part.attributes(), part.sampled(), Map.of(), List.of(),
                    entity.alsoTypeValues()));
        }
        parts.sort(java.util.Comparator.comparingInt(Entity::sampled).reversed()); // the biggest first, as detection lists them
        return parts;
    }
}
