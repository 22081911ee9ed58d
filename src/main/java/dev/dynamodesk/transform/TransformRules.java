package dev.dynamodesk.transform;

import dev.dynamodesk.item.AttributeType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a copy does to each item: a transformer per path ({@code email=email},
 * {@code lines[*].sku=keep}), a default per type for the values no path names ({@code S=hash}),
 * and the table's key attributes, which are kept unless a path names them.
 */
public record TransformRules(List<PathRule> paths, Map<AttributeType, Transform> defaults, List<String> keyNames) {
    /** One path and its transformer. */
    public record PathRule(TransformPath path, Transform transform) {
        /** Reads {@code PATH=KIND[:ARG]}. */
        public static PathRule parse(String text) {
            int equals = text == null ? -1 : text.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--transform '" + text + "' is not PATH=KIND (email=email, lines[*].sku=keep)");
            }
            return new PathRule(TransformPath.parse(text.substring(0, equals)), Transform.parse(text.substring(equals + 1)));
        }

        @Override
        public String toString() {
            return path + "=" + transform;
        }
    }

    /** The types a default can be given for: the scalars (a set's members take their type's default). */
    private static final List<AttributeType> DEFAULT_TYPES = List.of(AttributeType.S, AttributeType.N, AttributeType.B, AttributeType.BOOL);

    public TransformRules {
        paths = List.copyOf(paths);
        defaults = defaults.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(defaults));
        keyNames = List.copyOf(keyNames);
        for (PathRule rule : paths) {
            Transform.Kind kind = rule.transform().kind();
            if (keyNames.contains(rule.path().attribute()) && (kind == Transform.Kind.REMOVE || kind == Transform.Kind.NULL
                    || kind == Transform.Kind.CONST)) {
                throw new IllegalArgumentException("The key " + rule.path().attribute() + " cannot be " + rule.transform()
                        + ": every item needs its key, and one value for all would make every item the same one");
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (paths.get(i).path().equals(paths.get(j).path())) {
                    throw new IllegalArgumentException("The path " + paths.get(i).path() + " is given two transformers");
                }
            }
        }
    }

    /** The rules from their texts ({@code email=email}; {@code S=hash}), against a table's keys; says what cannot be read. */
    public static TransformRules of(List<String> transforms, List<String> defaultTexts, List<String> keyNames) {
        Map<AttributeType, Transform> byType = new EnumMap<>(AttributeType.class);
        for (String text : defaultTexts) {
            Map.Entry<AttributeType, Transform> entry = parseDefault(text);
            byType.put(entry.getKey(), entry.getValue());
        }
        return new TransformRules(transforms.stream().map(PathRule::parse).toList(), byType, keyNames);
    }

    /** Reads {@code TYPE=KIND}: {@code S=hash}, {@code N=keep}; a transformer that cannot change that type is refused. */
    public static Map.Entry<AttributeType, Transform> parseDefault(String text) {
        int equals = text == null ? -1 : text.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("--default '" + text + "' is not TYPE=KIND (S=hash, N=keep)");
        }
        String typeName = text.substring(0, equals).strip().toUpperCase(Locale.ROOT);
        AttributeType type;
        try {
            type = AttributeType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null || !DEFAULT_TYPES.contains(type)) {
            throw new IllegalArgumentException("--default is for S, N, B or BOOL values (a set's members take their type's), not '"
                    + typeName + "'");
        }
        Transform transform = Transform.parse(text.substring(equals + 1));
        if (!transform.appliesTo(type)) {
            throw new IllegalArgumentException("--default " + typeName + "=" + transform + ": " + transform.kind().name().toLowerCase(Locale.ROOT)
                    + " cannot change " + type.displayName().toLowerCase() + " values");
        }
        return Map.entry(type, transform);
    }

    /** Whether items go through unchanged. */
    public boolean isEmpty() {
        return paths.stream().allMatch(rule -> rule.transform().kind() == Transform.Kind.KEEP)
                && defaults.values().stream().allMatch(transform -> transform.kind() == Transform.Kind.KEEP);
    }

    /** Whether a transformer needs the job's secret (hash and the fake values are keyed by it). */
    public boolean needsSecret() {
        List<Transform> all = new ArrayList<>(defaults.values());
        paths.forEach(rule -> all.add(rule.transform()));
        return all.stream().anyMatch(transform -> transform.kind() == Transform.Kind.HASH || transform.fake());
    }

    /** What transforming a key means, said before the copy: one line per key a path names with anything but keep. */
    public List<String> keyWarnings() {
        List<String> warnings = new ArrayList<>();
        for (PathRule rule : paths) {
            String attribute = rule.path().attribute();
            if (rule.path().steps().size() == 1 && keyNames.contains(attribute) && rule.transform().kind() != Transform.Kind.KEEP) {
                boolean hash = rule.transform().kind() == Transform.Kind.HASH;
                warnings.add("The key " + attribute + " is transformed (" + rule.transform() + "): each item lands in the target under a new"
                        + " key. " + (hash ? "Other tables copied with the same secret and hash on their " + attribute + " still match it."
                        + " A number keeps its count of digits, so a key of few digits can meet another's: then the later item"
                        + " overwrites the earlier in the target (text and binary keys become 128 bits, which do not meet)."
                        : "References to it in other tables will not match; use hash (the same secret) to keep them matching. Two"
                        + " items may end up with one key, and then the later overwrites the earlier in the target."));
            }
        }
        return warnings;
    }

    /** The rules as one line (a copy's identity for resuming, and the report's header). */
    public String describe() {
        List<String> parts = new ArrayList<>();
        paths.forEach(rule -> parts.add(rule.toString()));
        DEFAULT_TYPES.forEach(type -> {
            if (defaults.containsKey(type)) {
                parts.add("default " + type + "=" + defaults.get(type));
            }
        });
        return String.join(", ", parts);
    }
}
