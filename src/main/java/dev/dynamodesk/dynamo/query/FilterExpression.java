package dev.dynamodesk.dynamo.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a list of clauses joined by AND and OR as one expression. AND binds tighter than OR,
 * as in DynamoDB (and in speech: "a and b, or c"); the text spells the grouping out with
 * parentheses, so it reads the same to a person and to the copied CLI command.
 */
public final class FilterExpression {
    private FilterExpression() {
    }

    public static String render(List<FilterClause> clauses, ExpressionContext context) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            FilterClause clause = clauses.get(i);
            if (i > 0 && clause.connector() == FilterClause.Connector.OR) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(clause.condition().render(context));
        }
        groups.add(group);
        List<String> parts = new ArrayList<>();
        for (List<String> conditions : groups) {
            String joined = String.join(" AND ", conditions);
            parts.add(groups.size() > 1 && conditions.size() > 1 ? "(" + joined + ")" : joined);
        }
        return String.join(" OR ", parts);
    }
}
