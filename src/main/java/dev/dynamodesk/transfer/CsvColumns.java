package dev.dynamodesk.transfer;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CSV columns a sample of items calls for: the key attributes first, then every other
 * attribute by how many items hold it. A column is typed only when every sampled value has the
 * same type, so a typed header never claims a type some rows do not have.
 */
public final class CsvColumns {
    private CsvColumns() {
    }

    /** @param keys the key columns, their types when known (null: taken from the sample) */
    public static List<CsvColumn> fromSample(List<Item> items, List<CsvColumn> keys) {
        Map<String, Set<AttributeType>> types = new HashMap<>();
        Map<String, Integer> frequency = new LinkedHashMap<>();
        for (Item item : items) {
            for (Map.Entry<String, DynamoValue> attribute : item.attributes().entrySet()) {
                frequency.merge(attribute.getKey(), 1, Integer::sum);
                types.computeIfAbsent(attribute.getKey(), name -> new HashSet<>()).add(attribute.getValue().type());
            }
        }
        List<CsvColumn> columns = new ArrayList<>();
        Set<String> keyNames = new HashSet<>();
        for (CsvColumn key : keys) {
            columns.add(key.type() != null ? key : new CsvColumn(key.name(), single(types.get(key.name()))));
            keyNames.add(key.name());
        }
        frequency.entrySet().stream()
                .filter(entry -> !keyNames.contains(entry.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .forEach(entry -> columns.add(new CsvColumn(entry.getKey(), single(types.get(entry.getKey())))));
        return columns;
    }

    private static AttributeType single(Set<AttributeType> seen) {
        return seen != null && seen.size() == 1 ? seen.iterator().next() : null;
    }
}
