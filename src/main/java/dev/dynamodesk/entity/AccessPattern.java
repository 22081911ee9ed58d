package dev.dynamodesk.entity;

import dev.dynamodesk.dynamo.query.Operator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A named, parameterised read of a single-table design ("Users of a company"): the table or an
 * index, the partition key's template ({@code company#{companyId}}) and optionally a condition on
 * the sort key whose operands are templates too ({@code begins_with user#}); its results are
 * {@code entity}'s items (null: any). Without a partition key template it is a Scan (of the
 * entity's items, where it names one), and says so.
 */
public record AccessPattern(String name, String description, String entity, String index, KeyTemplate partition,
                            Operator sortOperator, List<KeyTemplate> sortOperands, boolean descending) {
    public AccessPattern {
        sortOperands = sortOperands == null ? List.of() : List.copyOf(sortOperands);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An access pattern needs a name");
        }
        if (partition == null && sortOperator != null) {
            throw new IllegalArgumentException(name + ": a sort key condition needs the partition key's template too");
        }
        if (sortOperator != null && !sortOperator.allowedOnSortKey()) {
            throw new IllegalArgumentException(name + ": a sort key condition cannot use \"" + sortOperator.label() + "\"");
        }
        if (sortOperator != null && sortOperands.size() != (sortOperator == Operator.BETWEEN ? 2 : 1)) {
            throw new IllegalArgumentException(name + ": " + sortOperator.label() + " takes "
                    + (sortOperator == Operator.BETWEEN ? "two operands" : "one operand"));
        }
    }

    /** The parameters to ask for, in order of appearance. */
    public List<String> parameters() {
        Set<String> names = new LinkedHashSet<>(partition == null ? Set.of() : partition.parameters());
        sortOperands.forEach(operand -> names.addAll(operand.parameters()));
        return List.copyOf(names);
    }
}
