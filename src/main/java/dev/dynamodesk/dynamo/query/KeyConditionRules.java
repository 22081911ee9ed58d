package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.ValueOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB's rules for a Query's key condition, said in the user's terms before anything is sent,
 * and the condition written out. With multi-attribute keys (a global index keyed on up to four
 * partition and four sort attributes) the rules are: every partition attribute with =; sort
 * attributes from the first on, none skipped; = on each but the last one used, which may also
 * take &lt;, &lt;=, &gt;, &gt;=, between or begins with. A one-attribute key is the same rules
 * with lists of one.
 */
final class KeyConditionRules {
    private final String where;
    private final List<KeyAttribute> partitionKeys;
    private final List<KeyAttribute> sortKeys;

    /** {@code where} names what is read in messages: "the table" or "the index byDate". */
    KeyConditionRules(String where, List<KeyAttribute> partitionKeys, List<KeyAttribute> sortKeys) {
        this.where = where;
        this.partitionKeys = List.copyOf(partitionKeys);
        this.sortKeys = List.copyOf(sortKeys);
    }

    /** Whether {@code name} is one of the key attributes (a Query's filter may not use them). */
    boolean isKey(String name) {
        return partitionKeys.stream().anyMatch(key -> key.name().equals(name))
                || sortKeys.stream().anyMatch(key -> key.name().equals(name));
    }

    /** The partition attributes, for messages: "pk" or "every partition-key attribute (a (S) + b (N))". */
    String partitionWords() {
        return partitionKeys.size() == 1 ? "the partition key " + partitionKeys.get(0).name()
                : "every partition-key attribute (" + IndexInfo.label(partitionKeys) + ")";
    }

    void check(ItemQuery query, List<String> problems) {
        List<DynamoValue> values = query.partitionValues();
        List<SortKeyCondition> sorts = query.sortConditions();
        if (!sorts.isEmpty() && !query.isQuery()) {
            problems.add("Give a value for " + partitionWords() + " to use a sort key condition.");
        }
        if (values.size() > partitionKeys.size()) {
            problems.add(capitalised(where) + " has " + count(partitionKeys.size(), "partition-key attribute")
                    + " (" + IndexInfo.label(partitionKeys) + "), but " + values.size() + " values were given.");
        } else if (query.isQuery()) {
            checkPartition(values, problems);
        }
        if (!sorts.isEmpty() && sortKeys.isEmpty()) {
            problems.add(capitalised(where) + " has no sort key, so it cannot take a sort key condition.");
        } else if (sorts.size() > sortKeys.size()) {
            problems.add(capitalised(where) + " has " + count(sortKeys.size(), "sort-key attribute")
                    + " (" + IndexInfo.label(sortKeys) + "), but " + sorts.size() + " sort conditions were given.");
        } else {
            checkSort(sorts, problems);
        }
    }

    private void checkPartition(List<DynamoValue> values, List<String> problems) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < partitionKeys.size(); i++) {
            DynamoValue value = i < values.size() ? values.get(i) : null;
            if (value == null) {
                missing.add(partitionKeys.get(i).name());
            } else {
                checkType(partitionKeys.get(i), value, problems);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("A Query of " + where + " needs a value (=) for every partition-key attribute ("
                    + IndexInfo.label(partitionKeys) + "): " + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " missing. Give " + (missing.size() == 1 ? "it" : "them") + ", or leave every partition value empty to scan.");
        }
    }

    private void checkSort(List<SortKeyCondition> sorts, List<String> problems) {
        for (int i = 0; i < sorts.size(); i++) {
            SortKeyCondition condition = sorts.get(i);
            if (condition == null) {
                continue;
            }
            KeyAttribute key = sortKeys.get(i);
            for (int before = 0; before < i; before++) {
                if (sorts.get(before) == null) {
                    problems.add("A condition on the sort-key attribute " + key.name() + " needs one on "
                            + sortKeys.get(before).name() + " first: DynamoDB reads the sort-key attributes ("
                            + IndexInfo.label(sortKeys) + ") from the first on and none may be skipped. Add "
                            + sortKeys.get(before).name() + " = …, or leave out the condition on " + key.name() + ".");
                    break;
                }
            }
            if (condition.operator() != Operator.EQ && i + 1 < sorts.size() && sorts.subList(i + 1, sorts.size()).stream()
                    .anyMatch(later -> later != null)) {
                KeyAttribute next = sortKeys.get(i + 1);
                problems.add("Only the last sort-key attribute with a condition may use \"" + condition.operator().label()
                        + "\": " + key.name() + " does, and " + next.name() + " has a condition after it. Use = on "
                        + key.name() + ", or leave out the condition on " + next.name() + ".");
            }
            checkCondition(key, condition, problems);
        }
    }

    private static void checkCondition(KeyAttribute sortKey, SortKeyCondition condition, List<String> problems) {
        int expected = condition.operator().operandCount();
        if (condition.operands().size() != expected) {
            problems.add("The sort key condition \"" + condition.operator().label() + "\" on " + sortKey.name() + " needs "
                    + expected + (expected == 1 ? " value." : " values."));
            return;
        }
        for (DynamoValue value : condition.operands()) {
            checkType(sortKey, value, problems);
        }
        if (condition.operator() == Operator.BEGINS_WITH && sortKey.type() == AttributeType.N) {
            problems.add("begins with works on string and binary sort keys; " + sortKey.name() + " is a number.");
        }
        if (condition.operator() == Operator.BETWEEN && condition.operands().stream().allMatch(v -> v.type() == sortKey.type())
                && ValueOrder.INSTANCE.compare(condition.operands().get(0), condition.operands().get(1)) > 0) {
            problems.add("In \"between\" the first value must not be greater than the second.");
        }
    }

    private static void checkType(KeyAttribute key, DynamoValue value, List<String> problems) {
        if (value.type() != key.type()) {
            problems.add("The key " + key.name() + " is a " + key.type().displayName().toLowerCase()
                    + " (" + key.type().name() + "), but the value given is a " + value.type().displayName().toLowerCase() + ".");
        } else if (value instanceof StringValue s && s.value().isEmpty()) {
            problems.add("The key " + key.name() + " cannot be an empty string.");
        }
    }

    /** The key condition of a checked query: "#n0 = :v0 AND #n1 = :v1 AND #n2 > :v2". */
    String render(ItemQuery query, ExpressionContext context) {
        List<String> parts = new ArrayList<>();
        List<DynamoValue> values = query.partitionValues();
        for (int i = 0; i < values.size(); i++) {
            parts.add(context.name(partitionKeys.get(i).name()) + " = " + context.value(values.get(i)));
        }
        List<SortKeyCondition> sorts = query.sortConditions();
        for (int i = 0; i < sorts.size(); i++) {
            SortKeyCondition sort = sorts.get(i);
            parts.add(new Condition(AttributePath.of(sortKeys.get(i).name()), sort.operator(), sort.operands(), false).render(context));
        }
        return String.join(" AND ", parts);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
