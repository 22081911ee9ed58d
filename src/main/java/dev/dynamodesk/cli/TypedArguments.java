package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.TypedValues;
import dev.dynamodesk.dynamo.query.WhereClause;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import java.util.List;

/** Typed values and conditions from the command line: text the user got wrong is a usage error (exit 2), said in one sentence. */
final class TypedArguments {
    private TypedArguments() {
    }

    /** A value as {@link TypedValues} reads it; {@code known} is the type it must have (a key's), or null. */
    static DynamoValue value(String text, AttributeType known) {
        try {
            return TypedValues.parse(text, known);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }

    /** Each {@code option} typed (e.g. {@code --where}) as a condition all of which an item must match. */
    static List<FilterClause> conditions(String option, List<String> texts, TableInfo table) {
        return texts.stream().map(text -> {
            try {
                return FilterClause.and(WhereClause.parse(text, table));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage(option + " " + e.getMessage());
            }
        }).toList();
    }
}
