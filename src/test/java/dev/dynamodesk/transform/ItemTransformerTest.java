package dev.dynamodesk.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemTransformerTest {
    private static final byte[] SECRET = "s3cret".getBytes(StandardCharsets.UTF_8);

    private static Item user() throws Exception {
        return DynamoJson.parseItem("""
                {"userId":{"S":"user#u-1001"},"email":{"S":"ana.silva@example.org"},"name":{"S":"Ana Silva"},
                 "phones":{"SS":["+1 555 010 1234","+1 555 999 1234"]},"age":{"N":"41"},"balance":{"N":"1250.50"},
                 "vip":{"BOOL":true},"avatar":{"B":"AAECAwQ="},"scores":{"NS":["1","2.5"]},"gone":{"NULL":true},
                 "address":{"M":{"street":{"S":"1 Main St"},"zip":{"S":"02134"},"geo":{"L":[{"N":"42.35"},{"N":"-71.06"}]}}},
                 "lines":{"L":[{"M":{"sku":{"S":"BK-1"},"price":{"N":"12.00"}}},{"M":{"sku":{"S":"MG-4"},"price":{"N":"3.50"}}}]}}
                """);
    }

    private static TransformRules rules(List<String> paths, List<String> defaults) {
        Map<AttributeType, Transform> byType = new LinkedHashMap<>();
        defaults.forEach(text -> {
            var entry = TransformRules.parseDefault(text);
            byType.put(entry.getKey(), entry.getValue());
        });
        return new TransformRules(paths.stream().map(TransformRules.PathRule::parse).toList(), byType, List.of("userId"));
    }

    @Test
    void theIssuesScenarioKeepsShapesAndTypesAndLeavesNoPersonalValue() throws Exception {
        TransformRules rules = rules(List.of("userId=hash:prefix", "email=email", "name=name", "phones=mask:4", "lines[*].sku=keep"),
                List.of("S=hash"));
        ItemTransformer transformer = new ItemTransformer(rules, SECRET);
        Item source = user();
        Item out = transformer.apply(source);

        assertThat(out.attributes().keySet()).containsExactlyElementsOf(source.attributes().keySet());
        assertThat(shape(out)).isEqualTo(shape(source));
        String json = DynamoJson.write(out, false);
        for (String personal : List.of("ana.silva@example.org", "Ana Silva", "555 010", "555 999", "1 Main St", "02134", "u-1001")) {
            assertThat(json).doesNotContain(personal);
        }
        assertThat(((StringValue) out.get("userId")).value()).matches("user#[0-9a-f]{32}");
        assertThat(((StringValue) out.get("email")).value()).contains("@");
        assertThat(((StringSetValue) out.get("phones")).members()).allSatisfy(phone -> assertThat(phone).endsWith("1234").startsWith("*"));
        assertThat(out.get("age")).isEqualTo(NumberValue.of("41")); // no default for N: kept
        assertThat(((MapValue) ((ListValue) out.get("lines")).elements().get(0)).entries().get("sku")).isEqualTo(new StringValue("BK-1"));

        // The two phones end alike once masked: one set member, merged and counted, never silently.
        assertThat(((StringSetValue) out.get("phones")).members()).hasSize(1);
        assertThat(transformer.report().mergedByPath()).containsEntry("phones", 1L);
        assertThat(transformer.report().lines()).contains("phones: 1 set member merged (equal after their transformer)")
                .contains("email=email: 1 value");

        // Deterministic: another transformer with the same secret gives the same item; another secret does not.
        assertThat(new ItemTransformer(rules, SECRET).apply(source)).isEqualTo(out);
        assertThat(new ItemTransformer(rules, "other".getBytes(StandardCharsets.UTF_8)).apply(source).get("userId"))
                .isNotEqualTo(out.get("userId"));
    }

    @Test
    void aHashedKeyMatchesAcrossTablesAndNumbersAndBytesKeepTheirShape() throws Exception {
        ItemTransformer users = new ItemTransformer(rules(List.of("userId=hash"), List.of()), SECRET);
        ItemTransformer orders = new ItemTransformer(rules(List.of("userId=hash", "total=hash", "blob=hash"), List.of()), SECRET);
        Item user = Item.builder().s("userId", "u-1").build();
        Item order = Item.builder().s("userId", "u-1").n("total", "1250.50").put("blob", new BinaryValue(new byte[7])).build();
        assertThat(orders.apply(order).get("userId")).isEqualTo(users.apply(user).get("userId"));
        String total = ((NumberValue) orders.apply(order).get("total")).text();
        assertThat(total).matches("[1-9][0-9]{3}\\.[0-9]{2}").isNotEqualTo("1250.50");
        assertThat(((BinaryValue) orders.apply(order).get("blob")).length()).isEqualTo(7);
        // 1.50 and 1.5 are one number to DynamoDB: they hash alike.
        assertThat(orders.apply(Item.builder().s("userId", "x").n("total", "1.50").build()).get("total"))
                .isEqualTo(orders.apply(Item.builder().s("userId", "x").n("total", "1.5").build()).get("total"));
        String small = ScalarTransforms.sameShape(NumberValue.of("-0.00450"), () -> 0);
        assertThat(small).isEqualTo("-0.00100"); // the first significant digit never becomes 0; zeros around stay
    }

    @Test
    void keysAreKeptUnlessNamedAndDefaultsReachNestedScalarsAndSetMembers() throws Exception {
        ItemTransformer transformer = new ItemTransformer(rules(List.of(), List.of("S=hash", "N=shift:+1", "BOOL=null", "B=truncate:2")),
                SECRET);
        Item out = transformer.apply(user());
        assertThat(out.get("userId")).isEqualTo(new StringValue("user#u-1001"));
        assertThat(out.get("age")).isEqualTo(NumberValue.of("42"));
        assertThat(out.get("balance")).isEqualTo(NumberValue.of("1251.50"));
        assertThat(out.get("vip")).isEqualTo(NullValue.INSTANCE);
        assertThat(((BinaryValue) out.get("avatar")).length()).isEqualTo(2);
        assertThat(((NumberSetValue) out.get("scores")).members()).containsExactly(NumberValue.of("2"), NumberValue.of("3.5"));
        MapValue address = (MapValue) out.get("address");
        assertThat(((StringValue) address.entries().get("zip")).value()).matches("[0-9a-f]{32}");
        assertThat(((ListValue) address.entries().get("geo")).elements()).containsExactly(NumberValue.of("43.35"), NumberValue.of("-70.06"));
        assertThat(out.get("gone")).isEqualTo(NullValue.INSTANCE);
    }

    @Test
    void theMostSpecificPathWinsAndWholeValueTransformersReplaceMapsAndLists() throws Exception {
        ItemTransformer transformer = new ItemTransformer(rules(List.of("lines[*].sku=hash", "lines[0].sku=const:\"FIRST\"",
                "address=remove", "lines[*].price=null", "vip=const:false"), List.of()), SECRET);
        Item out = transformer.apply(user());
        assertThat(out.has("address")).isFalse();
        List<DynamoValue> lines = ((ListValue) out.get("lines")).elements();
        assertThat(((MapValue) lines.get(0)).entries()).containsEntry("sku", new StringValue("FIRST")).containsEntry("price", NullValue.INSTANCE);
        assertThat(((StringValue) ((MapValue) lines.get(1)).entries().get("sku")).value()).matches("[0-9a-f]{32}");
        assertThat(out.get("vip")).isEqualTo(BoolValue.FALSE);
        assertThat(transformer.report().transformedByRule()).containsEntry("lines[*].sku=hash", 1L)
                .containsEntry("lines[0].sku=const:\"FIRST\"", 1L).containsEntry("address=remove", 1L);
    }

    @Test
    void aScalarTransformerNamedOnAMapChangesEachScalarInside() throws Exception {
        ItemTransformer transformer = new ItemTransformer(rules(List.of("address=hash"), List.of()), SECRET);
        MapValue address = (MapValue) transformer.apply(user()).get("address");
        assertThat(((StringValue) address.entries().get("street")).value()).matches("[0-9a-f]{32}");
        assertThat(((ListValue) address.entries().get("geo")).elements()).allSatisfy(n -> assertThat(n).isInstanceOf(NumberValue.class)
                .isNotIn(NumberValue.of("42.35"), NumberValue.of("-71.06")));
        // Counted under the rule that named the map: street, zip and the two numbers of geo.
        assertThat(transformer.report().transformedByRule()).containsExactly(java.util.Map.entry("address=hash", 4L));
    }

    @Test
    void shiftMovesNumbersDatesAndEpochsInTheFormTheyWereWritten() throws Exception {
        ItemTransformer transformer = new ItemTransformer(rules(List.of("day=shift:+3d", "at=shift:-90m", "local=shift:+1h",
                "offset=shift:+1d", "epoch=shift:+1d", "epochMs=shift:+1d", "forced=shift:+1s@ms"), List.of()), null);
        Item out = transformer.apply(DynamoJson.parseItem("""
                {"day":{"S":"2024-02-27"},"at":{"S":"2024-03-02T10:15:30.120Z"},"local":{"S":"2024-03-02T23:30"},
                 "offset":{"S":"2024-03-02T10:15:00+05:30"},"epoch":{"N":"1709374500"},"epochMs":{"N":"1709374500123"},
                 "forced":{"N":"5000"}}
                """));
        assertThat(out.get("day")).isEqualTo(new StringValue("2024-03-01"));
        assertThat(out.get("at")).isEqualTo(new StringValue("2024-03-02T08:45:30.120Z"));
        assertThat(out.get("local")).isEqualTo(new StringValue("2024-03-03T00:30"));
        assertThat(out.get("offset")).isEqualTo(new StringValue("2024-03-03T10:15:00+05:30"));
        assertThat(out.get("epoch")).isEqualTo(NumberValue.of("1709460900"));
        assertThat(out.get("epochMs")).isEqualTo(NumberValue.of("1709460900123"));
        assertThat(out.get("forced")).isEqualTo(NumberValue.of("6000"));
        assertThatThrownBy(() -> transformer.apply(Item.builder().s("day", "yesterday").build()))
                .hasMessageContaining("shift moves dates written in ISO-8601").hasMessageContaining("at day");
    }

    @Test
    void aTransformerThatDoesNotFitTheValueStopsRatherThanLetItThrough() throws Exception {
        ItemTransformer transformer = new ItemTransformer(rules(List.of("age=email"), List.of()), SECRET);
        assertThatThrownBy(() -> transformer.apply(user())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email cannot change the number at age");
        assertThatThrownBy(() -> new ItemTransformer(rules(List.of("email=email"), List.of()), null))
                .hasMessageContaining("--hash-secret-env");
        assertThatThrownBy(() -> rules(List.of("userId=remove"), List.of())).hasMessageContaining("The key userId cannot be remove");
        assertThatThrownBy(() -> TransformRules.parseDefault("N=email")).hasMessageContaining("email cannot change number values");
        assertThatThrownBy(() -> TransformRules.parseDefault("M=keep")).hasMessageContaining("S, N, B or BOOL");
        assertThatThrownBy(() -> Transform.parse("mask")).hasMessageContaining("mask needs a count");
        assertThatThrownBy(() -> Transform.parse("scramble")).hasMessageContaining("'scramble' is no transformer");
        assertThatThrownBy(() -> rules(List.of("email=email", "email=keep"), List.of())).hasMessageContaining("two transformers");
    }

    @Test
    void keyWarningsSayWhatTransformingAKeyMeans() throws Exception {
        assertThat(rules(List.of("userId=hash"), List.of()).keyWarnings()).singleElement().asString()
                .contains("new key").contains("same secret");
        assertThat(rules(List.of("userId=mask:4"), List.of()).keyWarnings()).singleElement().asString().contains("will not match");
        assertThat(rules(List.of("email=email"), List.of()).keyWarnings()).isEmpty();
    }

    @Test
    void fakeValuesAreRealisticDeterministicAndVaried() throws Exception {
        ItemTransformer transformer = new ItemTransformer(rules(List.of("e=email", "n=name", "p=phone", "a=address", "c=company"),
                List.of()), SECRET);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Item out = transformer.apply(Item.builder().s("e", "person" + i + "@corp.com").s("n", "P " + i).s("p", "555-" + i)
                    .s("a", "addr " + i).s("c", "corp " + i).build());
            emails.add(((StringValue) out.get("e")).value());
            assertThat(((StringValue) out.get("n")).value()).contains(" ");
            assertThat(((StringValue) out.get("a")).value()).isNotBlank();
        }
        assertThat(emails).allSatisfy(email -> assertThat(email).matches("[^@\\s]+@[^@\\s]+\\.[a-z]+"));
        assertThat(emails.stream().distinct().count()).isGreaterThan(190);
        assertThat(new ItemTransformer(rules(List.of("e=email"), List.of()), SECRET).apply(Item.builder().s("e", "person7@corp.com").build())
                .get("e")).isEqualTo(new StringValue(emails.get(7)));
    }

    /** An item's shape: every path with its type, values left out. */
    static Map<String, String> shape(Item item) {
        Map<String, String> shape = new LinkedHashMap<>();
        item.attributes().forEach((name, value) -> shape(name, value, shape));
        return shape;
    }

    private static void shape(String path, DynamoValue value, Map<String, String> shape) {
        shape.put(path, value.type().name());
        if (value instanceof MapValue map) {
            map.entries().forEach((name, member) -> shape(path + "." + name, member, shape));
        } else if (value instanceof ListValue list) {
            for (int i = 0; i < list.elements().size(); i++) {
                shape(path + "[" + i + "]", list.elements().get(i), shape);
            }
        } else if (value instanceof BinarySetValue set) {
            shape.put(path + "#members", Integer.toString(set.members().size()));
        }
    }
}
