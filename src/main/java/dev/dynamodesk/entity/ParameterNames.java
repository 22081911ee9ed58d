package dev.dynamodesk.entity;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names the numbered parameters of an entity's inferred templates, and makes a parameter that
 * carries the same value in every item the same parameter across keys (the company in
 * {@code pk = company#{companyId}} and in {@code GSI1SK = company#{companyId}}). A parameter is
 * named after the attribute that holds its value in every item ({@code user#{email}} where items
 * carry {@code email}); else {@code email} when every value is an address; else after the literal
 * before it ({@code company#} → {@code companyId}); else after its key attribute.
 */
final class ParameterNames {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ParameterNames() {
    }

    /**
     * @param numbered each key attribute's template with parameters p0, p1, … of its own
     * @param items    the entity's items
     * @param keyNames every key attribute of the table and its indexes (never a parameter's name source)
     */
    static Map<String, KeyTemplate> name(Map<String, KeyTemplate> numbered, List<Item> items, java.util.Set<String> keyNames) {
        // Each (key, parameter) with its value in every item that has the key.
        record Slot(String key, String parameter, List<String> values) {
        }
        List<Slot> slots = new ArrayList<>();
        numbered.forEach((key, template) -> {
            for (String parameter : template.parameters()) {
                List<String> values = new ArrayList<>();
                for (Item item : items) {
                    values.add(text(item.get(key)).flatMap(template::match).map(found -> found.get(parameter)).orElse(null));
                }
                slots.add(new Slot(key, parameter, values));
            }
        });
        Map<String, KeyTemplate> named = new LinkedHashMap<>(numbered);
        Map<List<String>, String> nameOfValues = new HashMap<>();
        Map<String, List<String>> valuesOfName = new HashMap<>();
        Map<String, KeyTemplate> renamedPerKey = new HashMap<>();
        for (Slot slot : slots) {
            String name = nameOfValues.get(slot.values());
            if (name == null) {
                name = unique(chooseName(slot.key(), numbered.get(slot.key()), slot.parameter(), slot.values(), items, keyNames),
                        valuesOfName);
                nameOfValues.put(slot.values(), name);
                valuesOfName.put(name, slot.values());
            }
            KeyTemplate current = renamedPerKey.getOrDefault(slot.key(), numbered.get(slot.key()));
            // Rename through a placeholder: p0 may be renamed to p1's future name and back.
            renamedPerKey.put(slot.key(), current.renamed(slot.parameter(), "\u0000" + name));
        }
        renamedPerKey.forEach((key, template) -> {
            KeyTemplate clean = template;
            for (String parameter : template.parameters()) {
                clean = clean.renamed(parameter, parameter.substring(1));
            }
            named.put(key, clean);
        });
        return named;
    }

    private static String chooseName(String key, KeyTemplate template, String parameter, List<String> values, List<Item> items,
                                     java.util.Set<String> keyNames) {
        // An attribute holding the same text in every item.
        Map<String, Integer> agreeing = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = values.get(i);
            if (value == null) {
                continue;
            }
            for (Map.Entry<String, DynamoValue> attribute : items.get(i).attributes().entrySet()) {
                if (!keyNames.contains(attribute.getKey()) && attribute.getValue() instanceof StringValue s && s.value().equals(value)) {
                    agreeing.merge(attribute.getKey(), 1, Integer::sum);
                }
            }
        }
        long present = values.stream().filter(Objects::nonNull).count();
        for (Map.Entry<String, Integer> candidate : agreeing.entrySet()) {
            if (candidate.getValue() == present && present > 0) {
                return candidate.getKey();
            }
        }
        if (present > 0 && values.stream().filter(Objects::nonNull).allMatch(value -> EMAIL.matcher(value).matches())) {
            return "email";
        }
        String before = literalBefore(template, parameter);
        String word = before.replaceAll("[#|:]+$", "").replaceAll("^.*[#|:]", "").replaceAll("[^A-Za-z0-9_]", "");
        if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
            return lowerFirst(word) + "Id";
        }
        return key;
    }

    private static String literalBefore(KeyTemplate template, String parameter) {
        String before = "";
        for (KeyTemplate.Part part : template.parts()) {
            if (part.parameter() != null && part.parameter().equals(parameter)) {
                return before;
            }
            before = part.parameter() == null ? part.literal() : "";
        }
        return before;
    }

    /** "companyId", then "companyId2" when another parameter (with other values) has the name. */
    private static String unique(String name, Map<String, List<String>> taken) {
        String unique = name;
        for (int n = 2; taken.containsKey(unique); n++) {
            unique = name + n;
        }
        return unique;
    }

    private static String lowerFirst(String word) {
        boolean allUpper = word.chars().noneMatch(Character::isLowerCase);
        String base = allUpper ? word.toLowerCase(java.util.Locale.ROOT) : word;
        return Character.toLowerCase(base.charAt(0)) + base.substring(1);
    }

    static java.util.Optional<String> text(DynamoValue value) {
        return value instanceof StringValue s ? java.util.Optional.of(s.value()) : java.util.Optional.empty();
    }
}
