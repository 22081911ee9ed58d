package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.SortKeyCondition;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --key} and {@code --sort} as query, update and delete take them. Each is repeatable for
 * a multi-attribute key: {@code --key} values fill the partition-key attributes in the key
 * schema's order, or name one ({@code --key region=eu}); {@code --sort} conditions fill the
 * sort-key attributes likewise, or name one ({@code --sort 'round = 3'}, {@code --sort round=3}).
 * What breaks DynamoDB's rules (a value missing, an attribute skipped) is left for the query's
 * plan to explain; what cannot be read is a usage error here.
 */
final class KeyArguments {
    private static final Map<String, Operator> SORT_OPERATORS = Map.of("=", Operator.EQ, "<", Operator.LT,
            "<=", Operator.LE, ">", Operator.GT, ">=", Operator.GE, "between", Operator.BETWEEN,
            "begins_with", Operator.BEGINS_WITH);

    private KeyArguments() {
    }

    /** {@code base} narrowed to the partition {@code keys} give and the {@code sorts} conditions, in {@code index} or the table. */
    static ItemQuery partitionQuery(ItemQuery base, TableInfo info, String index, List<String> keys, List<String> sorts,
                                    boolean descending) {
        IndexInfo read = info.keysOf(index).orElseThrow(() -> CliFailure.usage(info.name() + " has no index " + index));
        List<KeyAttribute> partitionKeys = read.partitionKeys();
        List<KeyAttribute> sortKeys = read.sortKeys();
        if (!sorts.isEmpty() && sortKeys.isEmpty()) {
            throw CliFailure.usage((index == null ? info.name() : index) + " has no sort key: leave out --sort");
        }
        List<DynamoValue> values = new ArrayList<>();
        for (Placed<String> placed : place("--key", keys, partitionKeys, KeyArguments::namedValue)) {
            KeyAttribute attribute = placed.index() < partitionKeys.size() ? partitionKeys.get(placed.index()) : partitionKeys.get(0);
            set(values, placed.index(), TypedArguments.value(placed.text(), attribute.type()));
        }
        List<SortKeyCondition> conditions = new ArrayList<>();
        for (Placed<String> placed : place("--sort", sorts, sortKeys, KeyArguments::namedCondition)) {
            KeyAttribute attribute = placed.index() < sortKeys.size() ? sortKeys.get(placed.index()) : sortKeys.get(0);
            set(conditions, placed.index(), condition(placed.text(), attribute));
        }
        return base.withKey(values, conditions).withOrder(descending, false);
    }

    /** A text and the position of the key attribute it is for. */
    private record Placed<T>(int index, T text) {
    }

    /** How a text names its attribute: the name and the rest, or null when it names none. */
    private interface Naming {
        String[] split(String text, KeyAttribute attribute);
    }

    /**
     * Puts each text at its attribute: a named one at that attribute's place, the others in order
     * at the places no text named. Extra texts go past the end, so the plan can say how many the
     * key takes.
     */
    private static List<Placed<String>> place(String option, List<String> texts, List<KeyAttribute> attributes, Naming naming) {
        List<Placed<String>> placed = new ArrayList<>();
        boolean[] taken = new boolean[Math.max(attributes.size(), 1) + texts.size()];
        List<String> unnamed = new ArrayList<>();
        for (String text : texts) {
            String[] named = null;
            int at = -1;
            for (int i = 0; i < attributes.size() && named == null; i++) {
                named = naming.split(text, attributes.get(i));
                at = i;
            }
            if (named == null) {
                unnamed.add(text);
            } else if (taken[at]) {
                throw CliFailure.usage(option + " names " + attributes.get(at).name() + " twice");
            } else {
                taken[at] = true;
                placed.add(new Placed<>(at, named[1]));
            }
        }
        int next = 0;
        for (String text : unnamed) {
            while (taken[next]) {
                next++;
            }
            taken[next] = true;
            placed.add(new Placed<>(next, text));
        }
        return placed;
    }

    /** {@code NAME=VALUE}. */
    private static String[] namedValue(String text, KeyAttribute attribute) {
        return text.startsWith(attribute.name() + "=") ? new String[] {attribute.name(), text.substring(attribute.name().length() + 1)} : null;
    }

    /** {@code NAME OPERATOR VALUE}, or {@code NAME=VALUE} for equality. */
    private static String[] namedCondition(String text, KeyAttribute attribute) {
        String stripped = text.strip();
        String name = attribute.name();
        if (stripped.startsWith(name + " ") || stripped.startsWith(name + "\t")) {
            String rest = stripped.substring(name.length()).strip();
            String first = rest.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (SORT_OPERATORS.containsKey(first)) {
                return new String[] {name, rest};
            }
        }
        if (stripped.startsWith(name + "=") && !SORT_OPERATORS.containsKey(stripped.split("\\s+", 2)[0])) {
            return new String[] {name, "= " + stripped.substring(name.length() + 1)};
        }
        return null;
    }

    private static SortKeyCondition condition(String text, KeyAttribute sortKey) {
        String[] parts = text.strip().split("\\s+", 2);
        Operator operator = SORT_OPERATORS.get(parts[0].toLowerCase(Locale.ROOT));
        if (operator == null || parts.length < 2) {
            throw CliFailure.usage("--sort '" + text + "' is not [NAME] OPERATOR VALUE; operators: =, <, <=, >, >=, "
                    + "between A and B, begins_with P");
        }
        // begins_with on a number key is refused by the plan with its reason; read the prefix as text meanwhile.
        AttributeType type = operator == Operator.BEGINS_WITH && sortKey.type() == AttributeType.N ? AttributeType.S : sortKey.type();
        if (operator == Operator.BETWEEN) {
            String[] bounds = parts[1].split("(?i)\\s+and\\s+", 2);
            if (bounds.length != 2) {
                throw CliFailure.usage("--sort '" + text + "': write between LOW and HIGH");
            }
            return SortKeyCondition.of(operator, TypedArguments.value(bounds[0].strip(), type),
                    TypedArguments.value(bounds[1].strip(), type));
        }
        return SortKeyCondition.of(operator, TypedArguments.value(parts[1], type));
    }

    private static <T> void set(List<T> list, int index, T value) {
        while (list.size() <= index) {
            list.add(null);
        }
        list.set(index, value);
    }

    /** For messages: the options as given. */
    static String describe(List<String> keys, List<String> sorts) {
        StringBuilder text = new StringBuilder();
        keys.forEach(key -> text.append(" key ").append(key));
        sorts.forEach(sort -> text.append(" sort ").append(sort));
        return text.toString();
    }
}
