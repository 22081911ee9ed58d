package dev.dynamodesk.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The digest a comparison matches items by: equal by value whatever the spelling and order, different on any change. */
class ValueDigestTest {
    private static Item item(Map<String, DynamoValue> attributes) {
        return new Item(attributes);
    }

    private static Map<String, DynamoValue> base() {
        Map<String, DynamoValue> attributes = new LinkedHashMap<>();
        attributes.put("pk", new StringValue("a"));
        attributes.put("n", new NumberValue("1.50"));
        attributes.put("tags", StringSetValue.of(List.of("x", "y")));
        attributes.put("nums", NumberSetValue.of(List.of(new NumberValue("1"), new NumberValue("2.0"))));
        attributes.put("bin", new BinaryValue(new byte[] {0, (byte) 255}));
        attributes.put("m", new MapValue(Map.of("a", new StringValue("1"), "b", new ListValue(List.of(new NumberValue("1"), NullValue.INSTANCE)))));
        attributes.put("flag", BoolValue.TRUE);
        return attributes;
    }

    @Test
    void equalItemsShareTheDigestWhateverTheSpellingAndOrder() {
        Map<String, DynamoValue> reordered = new LinkedHashMap<>();
        reordered.put("flag", BoolValue.TRUE);
        reordered.put("m", new MapValue(new LinkedHashMap<>(Map.of("b", new ListValue(List.of(new NumberValue("1.0"), NullValue.INSTANCE)),
                "a", new StringValue("1")))));
        reordered.put("bin", new BinaryValue(new byte[] {0, (byte) 255}));
        reordered.put("nums", NumberSetValue.of(List.of(new NumberValue("2"), new NumberValue("1"))));
        reordered.put("tags", StringSetValue.of(List.of("y", "x")));
        reordered.put("n", new NumberValue("1.5"));
        reordered.put("pk", new StringValue("a"));
        assertThat(ValueDigest.of(item(reordered))).isEqualTo(ValueDigest.of(item(base()))).hasSize(32);
        assertThat(ValueDigest.of(item(Map.of("z", new NumberValue("0")))))
                .isEqualTo(ValueDigest.of(item(Map.of("z", new NumberValue("-0.00")))));
    }

    @Test
    void anyChangeChangesTheDigest() {
        String digest = ValueDigest.of(item(base()));
        List<Map.Entry<String, DynamoValue>> changes = List.of(
                Map.entry("n", new NumberValue("1.51")),
                Map.entry("n", new StringValue("1.50")),
                Map.entry("tags", StringSetValue.of(List.of("x"))),
                Map.entry("tags", new ListValue(List.of(new StringValue("x"), new StringValue("y")))),
                Map.entry("bin", new BinaryValue(new byte[] {0, (byte) 254})),
                Map.entry("m", new MapValue(Map.of("a", new StringValue("1"), "b", new ListValue(List.of(NullValue.INSTANCE,
                        new NumberValue("1")))))),
                Map.entry("flag", BoolValue.FALSE),
                Map.entry("extra", NullValue.INSTANCE));
        for (Map.Entry<String, DynamoValue> change : changes) {
            Map<String, DynamoValue> changed = base();
            changed.put(change.getKey(), change.getValue());
            assertThat(ValueDigest.of(item(changed))).as(change.toString()).isNotEqualTo(digest);
        }
        Map<String, DynamoValue> removed = base();
        removed.remove("flag");
        assertThat(ValueDigest.of(item(removed))).isNotEqualTo(digest);
        // A value moved to another name is another item.
        assertThat(ValueDigest.of(item(Map.of("a", new StringValue("x"), "b", new StringValue("y")))))
                .isNotEqualTo(ValueDigest.of(item(Map.of("a", new StringValue("y"), "b", new StringValue("x")))));
    }
}
