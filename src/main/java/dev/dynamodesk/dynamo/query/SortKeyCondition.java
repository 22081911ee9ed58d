package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.item.DynamoValue;
import java.util.List;

/** The sort key part of a Query's key condition: =, <, <=, >, >=, between or begins with. */
public record SortKeyCondition(Operator operator, List<DynamoValue> operands) {
    public SortKeyCondition {
        if (!operator.allowedOnSortKey()) {
            throw new IllegalArgumentException("A sort key condition cannot use \"" + operator.label() + "\"");
        }
        operands = List.copyOf(operands);
    }

    public static SortKeyCondition of(Operator operator, DynamoValue... operands) {
        return new SortKeyCondition(operator, List.of(operands));
    }
}
