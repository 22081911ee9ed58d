package dev.dynamodesk.entity;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a table's entities in a sample of its items. First a type attribute ({@code type},
 * {@code _type}, {@code entity}, {@code _et}, {@code __typename}, or the one the user names) that
 * most items carry as text: its values are the entities. Items without one are grouped by their
 * keys' prefixes, the text up to the first {@code #}, {@code |} or {@code :} of the partition and
 * sort key (a sort key without one, such as {@code profile}, counts as it is). Each entity then gets
 * a template for every key attribute of the table and its indexes most of its items carry, and its
 * attributes with their types and how often each is there. Items that fit nothing are Other; a
 * table where nothing fits says so, with what was looked for, rather than inventing entities.
 */
public final class EntityDetector {
    public static final List<String> TYPE_ATTRIBUTES = List.of("type", "_type", "entity", "_et", "__typename");
    public static final int DEFAULT_SAMPLE = 2_000;
    /** What a type's prefix looks like: a word (USER, order_line, Book-v2), not a date or a number. */
    private static final java.util.regex.Pattern TYPE_WORD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    /** More key-prefix groups than this are not a design's entities but values that happen to have a separator. */
    static final int MOST_PREFIX_GROUPS = 50;
    private static final String LOOKED_FOR = "a type attribute (" + String.join(", ", TYPE_ATTRIBUTES) + ") and key prefixes"
            + " ending in #, | or :";

    private EntityDetector() {
    }

    /** @param typeAttribute the attribute the user says names each item's type, or null to look for one */
    public static EntityModel detect(TableInfo table, List<Item> sample, String typeAttribute) {
        String type = typeAttribute != null ? typeAttribute : typeAttributeOf(sample).orElse(null);
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        Map<String, String> typeValues = new HashMap<>();
        List<Item> other = new ArrayList<>();
        for (Item item : sample) {
            Optional<String> typed = type == null ? Optional.empty() : ParameterNames.text(item.get(type)).filter(v -> !v.isBlank());
            if (typed.isPresent()) {
                groups.computeIfAbsent("type " + typed.get(), k -> new ArrayList<>()).add(item);
                typeValues.put("type " + typed.get(), typed.get());
                continue;
            }
            Optional<String> signature = signature(table, item);
            if (signature.isPresent()) {
                groups.computeIfAbsent(signature.get(), k -> new ArrayList<>()).add(item);
            } else {
                other.add(item);
            }
        }
        long prefixGroups = groups.keySet().stream().filter(key -> !typeValues.containsKey(key)).count();
        if (prefixGroups > MOST_PREFIX_GROUPS) {
            groups.entrySet().removeIf(group -> {
                if (typeValues.containsKey(group.getKey())) {
                    return false;
                }
                other.addAll(group.getValue());
                return true;
            });
        }
        Set<String> keyNames = keyNames(table);
        List<Entity> entities = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        groups.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<Item>> group) -> -group.getValue().size())
                .thenComparing(Map.Entry::getKey)).forEach(group -> {
                    String typeValue = typeValues.get(group.getKey());
                    String name = uniqueName(typeValue != null ? typeValue : nameOf(group.getKey()), group.getKey(), names);
                    entities.add(entity(name, typeValue, group.getValue(), table, keyNames));
                });
        String lookedFor = typeAttribute != null ? "the type attribute " + typeAttribute + " and key prefixes ending in #, | or :"
                : LOOKED_FOR;
        return new EntityModel(table.name(), type, entities, List.of(), sample.size(), other.size(), lookedFor);
    }

    /** The first candidate most items (over half) carry as non-empty text. */
    static Optional<String> typeAttributeOf(List<Item> sample) {
        for (String candidate : TYPE_ATTRIBUTES) {
            long carrying = sample.stream().filter(item -> ParameterNames.text(item.get(candidate)).filter(v -> !v.isBlank()).isPresent())
                    .count();
            if (carrying * 2 > sample.size()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** "pk company# sk user#" for company#acme / user#joe; empty when neither key has a prefix. */
    private static Optional<String> signature(TableInfo table, Item item) {
        String partition = prefix(item.get(table.partitionKey().name()));
        String sort = table.sortKey() == null ? null : prefix(item.get(table.sortKey().name()));
        boolean partitionPrefixed = partition != null && !partition.startsWith("=");
        boolean sortPrefixed = sort != null && !sort.startsWith("=");
        if (!partitionPrefixed && !sortPrefixed) {
            return Optional.empty(); // neither key has a type's prefix: nothing to go on
        }
        if (!partitionPrefixed) {
            partition = null; // a partition key without a prefix (BRANDS, or ids) does not tell entities apart
        }
        return Optional.of("pk " + (partition == null ? "*" : partition) + " sk " + (sort == null ? "*" : sort));
    }

    /** "company#" of company#acme; "=profile" for a value with no separator; null for no text. */
    private static String prefix(DynamoValue value) {
        if (!(value instanceof StringValue s)) {
            return null;
        }
        var separator = TemplateInference.SEPARATOR.matcher(s.value());
        if (separator.find() && TYPE_WORD.matcher(s.value().substring(0, separator.start())).matches()) {
            return s.value().substring(0, separator.end());
        }
        return "=" + s.value(); // no type's prefix: a date (2026-08-10#…) or an id is no entity's name
    }

    /** The entity's name from its signature: the sort key's prefix word, else the partition key's. */
    private static String nameOf(String signature) {
        String[] parts = signature.split(" ");
        String partition = parts[1];
        String sort = parts[3];
        String word = !sort.equals("*") && !sort.startsWith("=") ? sort : partition;
        return word.replaceAll("[#|:]$", "");
    }

    private static String uniqueName(String wanted, String signature, Set<String> taken) {
        String name = wanted;
        String partitionWord = signature.startsWith("pk ") ? signature.split(" ")[1].replaceAll("[#|:]$", "") : "*";
        if (taken.contains(name) && !partitionWord.equals("*") && !partitionWord.equals(wanted)) {
            name = partitionWord + "-" + wanted; // user# items under company#: company-user
        }
        for (int n = 2; taken.contains(name); n++) {
            name = wanted + n;
        }
        taken.add(name);
        return name;
    }

    /** One entity made of {@code items}: its templates for the keys most of them carry, and its attributes. */
    static Entity entity(String name, String typeValue, List<Item> items, TableInfo table, Set<String> keyNames) {
        Map<String, KeyTemplate> numbered = new LinkedHashMap<>();
        for (String key : keyNames) {
            List<String> values = items.stream().map(item -> ParameterNames.text(item.get(key)).orElse(null))
                    .filter(java.util.Objects::nonNull).toList();
            if (!values.isEmpty() && values.size() * 2 >= items.size()) {
                numbered.put(key, TemplateInference.infer(values));
            }
        }
        return new Entity(name, typeValue, ParameterNames.name(numbered, items, keyNames), attributes(items, keyNames), items.size());
    }

    /** Key attributes first (as the table orders them), then by how many items carry them, then by name. */
    private static List<EntityAttribute> attributes(List<Item> items, Set<String> keyNames) {
        Map<String, Map<String, Integer>> types = new LinkedHashMap<>();
        for (Item item : items) {
            item.attributes().forEach((attribute, value) -> types.computeIfAbsent(attribute, a -> new LinkedHashMap<>())
                    .merge(value.type().name(), 1, Integer::sum));
        }
        List<String> keyOrder = new ArrayList<>(keyNames);
        return types.entrySet().stream()
                .map(entry -> new EntityAttribute(entry.getKey(), entry.getValue().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList(),
                        entry.getValue().values().stream().mapToInt(Integer::intValue).sum()))
                .sorted(Comparator.comparingInt((EntityAttribute a) -> keyOrder.contains(a.name()) ? keyOrder.indexOf(a.name()) : 1000)
                        .thenComparing(a -> -a.present()).thenComparing(EntityAttribute::name))
                .toList();
    }

    /** The table's key attributes, then each index's, each once. */
    static Set<String> keyNames(TableInfo table) {
        Set<String> names = new LinkedHashSet<>();
        names.add(table.partitionKey().name());
        if (table.sortKey() != null) {
            names.add(table.sortKey().name());
        }
        for (IndexInfo index : table.indexes()) {
            index.partitionKeys().forEach(key -> names.add(key.name()));
            index.sortKeys().forEach(key -> names.add(key.name()));
        }
        return names;
    }
}
