package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filter condition typed as text (a diff's or scan's {@code --where}, or a side of the window's comparison): {@code PATH OPERATOR [VALUE]}, for example
 * {@code "status = active"}, {@code "age >= 21"}, {@code "name begins_with A"},
 * {@code "score between 1 and 5"}, {@code "kind in a,b,c"}, {@code "email exists"}. Values are
 * read by {@link TypedValues} (a key attribute's value takes the key's type).
 */
public final class WhereClause {
    private static final Map<String, Operator> OPERATORS = Map.ofEntries(
            Map.entry("=", Operator.EQ), Map.entry("==", Operator.EQ), Map.entry("<>", Operator.NE),
            Map.entry("!=", Operator.NE), Map.entry("<", Operator.LT), Map.entry("<=", Operator.LE),
            Map.entry(">", Operator.GT), Map.entry(">=", Operator.GE), Map.entry("between", Operator.BETWEEN),
            Map.entry("begins_with", Operator.BEGINS_WITH), Map.entry("not_begins_with", Operator.NOT_BEGINS_WITH),
            Map.entry("contains", Operator.CONTAINS),
            Map.entry("exists", Operator.EXISTS), Map.entry("not_exists", Operator.NOT_EXISTS),
            Map.entry("type", Operator.TYPE_IS), Map.entry("in", Operator.IN));

    private WhereClause() {
    }

    /**
     * Conditions typed one after another, separated by {@code ;} or new lines (blank ones left out).
     *
     * @throws IllegalArgumentException with a sentence saying which is wrong and how
     */
    public static List<Condition> parseAll(String text, TableInfo table) {
        List<Condition> conditions = new ArrayList<>();
        for (String one : (text == null ? "" : text).split("[;\\n]")) {
            if (!one.isBlank()) {
                conditions.add(parse(one.strip(), table));
            }
        }
        return conditions;
    }

    /** @throws IllegalArgumentException with a sentence saying what is wrong with the text */
    public static Condition parse(String text, TableInfo table) {
        String[] parts = text.strip().split("\\s+", 3);
        if (parts.length < 2) {
            throw usage(text);
        }
        Operator operator = OPERATORS.get(parts[1].toLowerCase(Locale.ROOT));
        if (operator == null) {
            throw usage(text);
        }
        AttributePath path;
        try {
            path = AttributePath.parse(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
        }
        AttributeType known = keyType(parts[0], table);
        String rest = parts.length > 2 ? parts[2] : "";
        List<DynamoValue> operands = new ArrayList<>();
        switch (operator) {
            case EXISTS, NOT_EXISTS -> {
                if (!rest.isEmpty()) {
                    throw usage(text);
                }
            }
            case BETWEEN -> {
                String[] bounds = rest.split("(?i)\\s+and\\s+", 2);
                if (bounds.length != 2) {
                    throw new IllegalArgumentException("'" + text + "': write between LOW and HIGH");
                }
                operands.add(TypedValues.parse(bounds[0].strip(), known));
                operands.add(TypedValues.parse(bounds[1].strip(), known));
            }
            case IN -> {
                for (String value : rest.split(",")) {
                    operands.add(TypedValues.parse(value.strip(), known));
                }
            }
            case TYPE_IS -> operands.add(new StringValue(rest.strip()));
            default -> {
                if (rest.isEmpty()) {
                    throw usage(text);
                }
                boolean prefix = operator == Operator.BEGINS_WITH || operator == Operator.NOT_BEGINS_WITH;
                operands.add(TypedValues.parse(rest, prefix && known == null ? AttributeType.S : known));
            }
        }
        Condition condition = new Condition(path, operator, operands, false);
        condition.problem().ifPresent(problem -> {
            throw new IllegalArgumentException("'" + text + "': " + problem);
        });
        return condition;
    }

    private static AttributeType keyType(String path, TableInfo table) {
        List<KeyAttribute> keys = new ArrayList<>();
        keys.add(table.partitionKey());
        if (table.sortKey() != null) {
            keys.add(table.sortKey());
        }
        table.indexes().forEach(index -> {
            keys.add(index.partitionKey());
            if (index.sortKey() != null) {
                keys.add(index.sortKey());
            }
        });
        return keys.stream().filter(key -> key != null && key.name().equals(path)).map(KeyAttribute::type)
                .findFirst().orElse(null);
    }

    private static IllegalArgumentException usage(String text) {
        return new IllegalArgumentException("'" + text + "' is not PATH OPERATOR VALUE; operators: =, <>, <, <=, >, >=, "
                + "begins_with, not_begins_with, contains, between X and Y, in A,B,C, exists, not_exists, type T");
    }
}
