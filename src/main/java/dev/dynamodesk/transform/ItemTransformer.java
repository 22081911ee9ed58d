package dev.dynamodesk.transform;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies {@link TransformRules} to items, the same way from every thread. Each value is looked
 * at with its concrete path (names and positions): the most specific path rule that names it
 * decides; keep, remove, null and const replace the value whole, the other transformers change
 * each scalar inside it (a map's values, a list's elements, a set's members), keeping the shape.
 * Scalars no rule reaches take their type's default; the table's keys are kept unless a path
 * names them. Sets stay sets: members equal after their transformer are merged and counted.
 */
public final class ItemTransformer {
    private final TransformRules rules;
    private final ScalarTransforms scalars;
    private final TransformReport report = new TransformReport();
    /** Whether every item goes through as it is (no rule changes anything): worked out once, not per item. */
    private final boolean unchanged;

    /** {@code secret}: the job's; needed when a rule hashes or makes fake values (null otherwise). */
    public ItemTransformer(TransformRules rules, byte[] secret) {
        this.rules = rules;
        this.unchanged = rules.isEmpty();
        if (rules.needsSecret() && (secret == null || secret.length == 0)) {
            throw new IllegalArgumentException("hash and the fake values (email, name, phone, address, company) need a secret:"
                    + " name the environment variable holding it (--hash-secret-env NAME)");
        }
        this.scalars = new ScalarTransforms(new KeyedHash(secret == null || secret.length == 0 ? new byte[] {0} : secret));
    }

    public TransformReport report() {
        return report;
    }

    /** The item as the target gets it; throws {@link IllegalArgumentException} when a transformer cannot change a value it names. */
    public Item apply(Item item) {
        if (unchanged) {
            return item;
        }
        Map<String, DynamoValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, DynamoValue> attribute : item.attributes().entrySet()) {
            List<TransformPath.Step> at = List.of(new TransformPath.Name(attribute.getKey()));
            DynamoValue value = value(at, attribute.getValue(), null, null, rules.keyNames().contains(attribute.getKey()));
            if (value != null) {
                out.put(attribute.getKey(), value);
            }
        }
        return new Item(out);
    }

    /**
     * The value at {@code at}, transformed; null to remove it. {@code inherited}: a scalar
     * transformer named on a parent, counted under that parent's rule ({@code inheritedLabel}).
     */
    private DynamoValue value(List<TransformPath.Step> at, DynamoValue value, Transform inherited, String inheritedLabel, boolean key) {
        TransformRules.PathRule rule = ruleFor(at);
        Transform transform = inherited;
        String label = inheritedLabel;
        if (rule != null) {
            transform = rule.transform();
            label = rule.toString();
            if (transform.kind().wholeValue()) {
                report.transformed(label);
                return scalars.apply(transform, value, text(at));
            }
        }
        if (value instanceof MapValue map) {
            Map<String, DynamoValue> entries = new LinkedHashMap<>();
            for (Map.Entry<String, DynamoValue> entry : map.entries().entrySet()) {
                DynamoValue changed = value(append(at, new TransformPath.Name(entry.getKey())), entry.getValue(), transform, label, false);
                if (changed != null) {
                    entries.put(entry.getKey(), changed);
                }
            }
            return new MapValue(entries);
        }
        if (value instanceof ListValue list) {
            List<DynamoValue> elements = new ArrayList<>();
            for (int i = 0; i < list.elements().size(); i++) {
                DynamoValue changed = value(append(at, new TransformPath.Element(i)), list.elements().get(i), transform, label, false);
                if (changed != null) {
                    elements.add(changed);
                }
            }
            return new ListValue(elements);
        }
        if (value instanceof StringSetValue || value instanceof NumberSetValue || value instanceof BinarySetValue) {
            return set(at, value, transform, label);
        }
        if (transform == null) {
            transform = key ? null : rules.defaults().get(value.type());
            label = transform == null ? null : "default " + value.type() + "=" + transform;
        }
        if (transform == null || transform.kind() == Transform.Kind.KEEP) {
            return value;
        }
        report.transformed(label);
        return scalars.apply(transform, value, text(at));
    }

    /** Each member through the set's transformer (or its type's default); members that become equal are merged and counted. */
    private DynamoValue set(List<TransformPath.Step> at, DynamoValue set, Transform named, String label) {
        AttributeType memberType = switch (set.type()) {
            case SS -> AttributeType.S;
            case NS -> AttributeType.N;
            default -> AttributeType.B;
        };
        Transform transform = named != null ? named : rules.defaults().get(memberType);
        if (transform == null || transform.kind() == Transform.Kind.KEEP) {
            return set;
        }
        String rule = label != null ? label : "default " + memberType + "=" + transform;
        report.transformed(rule);
        Function<DynamoValue, DynamoValue> member = value -> scalars.apply(transform, value, text(at));
        if (set instanceof StringSetValue s) {
            return new StringSetValue(members(at, s.members().stream().map(m -> ((StringValue) member.apply(new StringValue(m))).value())
                    .toList()));
        }
        if (set instanceof NumberSetValue n) {
            return new NumberSetValue(members(at, n.members().stream().map(m -> (NumberValue) member.apply(m)).toList()));
        }
        return new BinarySetValue(members(at, ((BinarySetValue) set).members().stream().map(m -> (BinaryValue) member.apply(m)).toList()));
    }

    private <T> Set<T> members(List<TransformPath.Step> at, List<T> transformed) {
        Set<T> distinct = new LinkedHashSet<>(transformed);
        if (distinct.size() < transformed.size()) {
            report.merged(text(at), transformed.size() - distinct.size());
        }
        return distinct;
    }

    private TransformRules.PathRule ruleFor(List<TransformPath.Step> at) {
        TransformRules.PathRule best = null;
        for (TransformRules.PathRule rule : rules.paths()) {
            if (rule.path().matches(at) && (best == null || rule.path().specificity() > best.path().specificity())) {
                best = rule;
            }
        }
        return best;
    }

    private static List<TransformPath.Step> append(List<TransformPath.Step> at, TransformPath.Step step) {
        List<TransformPath.Step> longer = new ArrayList<>(at.size() + 1);
        longer.addAll(at);
        longer.add(step);
        return longer;
    }

    private static String text(List<TransformPath.Step> at) {
        return new TransformPath(at).toString();
    }
}
