package dev.dynamodesk.dynamo.partiql;

import dev.dynamodesk.item.DynamoValue;
import java.util.List;

/** A statement's text and the values of its {@code ?} parameters, in order. */
public record BoundStatement(String text, List<DynamoValue> parameters) {
    public BoundStatement {
        parameters = List.copyOf(parameters);
    }

    public static BoundStatement of(String text) {
        return new BoundStatement(text, List.of());
    }

    public StatementShape shape() {
        return StatementShape.of(text);
    }
}
