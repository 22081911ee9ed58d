package dev.dynamodesk.entity;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item a new entity starts as in the editor: every key its templates can build from the
 * parameters given (the table's own keys must be), its type attribute, an attribute named like a
 * parameter holding the parameter's value, and its other usual attributes empty in their usual type
 * (sets and binary left out: DynamoDB has no empty set, and nothing is better than a made-up byte).
 */
public final class NewEntityItem {
    private NewEntityItem() {
    }

    public static Item of(Entity entity, EntityModel model, TableInfo table, Map<String, String> values) {
        Map<String, DynamoValue> attributes = new LinkedHashMap<>();
        List<String> tableKeys = table.sortKey() == null ? List.of(table.partitionKey().name())
                : List.of(table.partitionKey().name(), table.sortKey().name());
        for (Map.Entry<String, KeyTemplate> key : entity.keys().entrySet()) {
            boolean given = key.getValue().parameters().stream().allMatch(p -> values.get(p) != null && !values.get(p).isBlank());
            if (!given) {
                if (tableKeys.contains(key.getKey())) {
                    throw new IllegalArgumentException("Give " + String.join(", ", key.getValue().parameters()) + " to make "
                            + key.getKey() + " = " + key.getValue());
                }
                continue; // an index key it cannot build yet: left for the editor
            }
            String text = key.getValue().fill(values);
            boolean number = keyType(table, key.getKey()) == dev.dynamodesk.item.AttributeType.N;
            attributes.put(key.getKey(), number ? NumberValue.of(text) : new StringValue(text));
        }
        if (model.typeAttribute() != null && entity.typeValue() != null) {
            attributes.put(model.typeAttribute(), new StringValue(entity.typeValue()));
        }
        for (EntityAttribute attribute : entity.attributes()) {
            String name = attribute.name();
            if (attributes.containsKey(name)) {
                continue;
            }
            if (values.containsKey(name) && !values.get(name).isBlank()) {
                attributes.put(name, new StringValue(values.get(name)));
                continue;
            }
            DynamoValue empty = empty(attribute.types().isEmpty() ? "S" : attribute.types().get(0));
            if (empty != null && !EntityDetector.keyNames(table).contains(name)) {
                attributes.put(name, empty);
            }
        }
        return new Item(attributes);
    }

    private static dev.dynamodesk.item.AttributeType keyType(TableInfo table, String key) {
        if (table.partitionKey().name().equals(key)) {
            return table.partitionKey().type();
        }
        if (table.sortKey() != null && table.sortKey().name().equals(key)) {
            return table.sortKey().type();
        }
        return table.indexes().stream().flatMap(index -> java.util.stream.Stream.concat(index.partitionKeys().stream(), index.sortKeys().stream()))
                .filter(k -> k != null && k.name().equals(key)).map(dev.dynamodesk.dynamo.KeyAttribute::type).findFirst()
                .orElse(dev.dynamodesk.item.AttributeType.S);
    }

    private static DynamoValue empty(String type) {
        return switch (type) {
            case "S" -> new StringValue("");
            case "N" -> NumberValue.of("0");
            case "BOOL" -> BoolValue.FALSE;
            case "M" -> new MapValue(Map.of());
            case "L" -> new ListValue(List.of());
            case "NULL" -> NullValue.INSTANCE;
            default -> null;
        };
    }
}
