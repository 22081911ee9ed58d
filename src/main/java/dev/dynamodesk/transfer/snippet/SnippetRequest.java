package dev.dynamodesk.transfer.snippet;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import java.util.List;
import java.util.Map;

/** A DynamoDB call a snippet makes, in terms every language can write out. */
public sealed interface SnippetRequest {
    /** A short name for file and class names: "PutItem", "Query"... */
    String operation();

    /** PutItem of a whole item. */
    record PutItem(String table, Item item) implements SnippetRequest {
        @Override
        public String operation() {
            return "PutItem";
        }
    }

    /** GetItem of one key. */
    record GetItem(String table, Item key) implements SnippetRequest {
        @Override
        public String operation() {
            return "GetItem";
        }
    }

    /**
     * A Query (when {@code keyCondition} is set) or Scan with its expressions, placeholders and
     * values, reading every page.
     */
    record Read(String table, String index, String keyCondition, String filter, String projection,
                Map<String, String> names, Map<String, DynamoValue> values, boolean consistentRead, boolean descending)
            implements SnippetRequest {
        public Read {
            names = Map.copyOf(names);
            values = Map.copyOf(values);
        }

        public boolean query() {
            return keyCondition != null;
        }

        @Override
        public String operation() {
            return query() ? "Query" : "Scan";
        }
    }

    /** ExecuteStatement of a PartiQL statement with its {@code ?} parameters, reading every page. */
    record Statement(String text, List<DynamoValue> parameters) implements SnippetRequest {
        public Statement {
            parameters = List.copyOf(parameters);
        }

        @Override
        public String operation() {
            return "ExecuteStatement";
        }
    }
}
