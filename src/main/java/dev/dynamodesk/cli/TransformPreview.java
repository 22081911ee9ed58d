package dev.dynamodesk.cli;

import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.transform.ItemTransformer;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code copy --preview N}: the first items before and after their transformers, attribute by
 * attribute, printed and nothing written. An attribute removed shows as "(removed)".
 */
final class TransformPreview {
    private TransformPreview() {
    }

    static void print(List<Item> items, ItemTransformer transformer, PrintStream out) {
        int number = 0;
        for (Item before : items) {
            Item after = transformer.apply(before);
            out.println("item " + (++number));
            Set<String> names = new LinkedHashSet<>(before.attributes().keySet());
            names.addAll(after.attributes().keySet());
            for (String name : names) {
                String was = text(before.get(name));
                String now = text(after.get(name));
                out.println("  " + name + ": " + was + (was.equals(now) ? "  (kept)" : "  →  " + now));
            }
        }
    }

    private static String text(DynamoValue value) {
        return value == null ? "(removed)" : DynamoJson.write(value, false);
    }
}
