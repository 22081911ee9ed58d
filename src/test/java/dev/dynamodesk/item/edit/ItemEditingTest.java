package dev.dynamodesk.item.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.item.AttributeType;
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
import dev.dynamodesk.item.PlainJsonReader;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemEditingTest {
    private static Item person() throws Exception {
        return DynamoJson.parseItem("""
                {"id": {"S": "p1"},
                 "address": {"M": {"city": {"S": "Porto"}, "zip": {"S": "4000"}}},
                 "tags": {"L": [{"S": "a"}, {"N": "2"}, {"BOOL": true}]},
                 "score": {"N": "12345678901234567890123456789012345678"}}""");
    }

    @Test
    void setsRenamesMovesAndRemovesNestedValuesKeepingOrder() throws Exception {
        Item item = person();
        Item edited = ItemEdits.set(item, ValuePath.attribute("address").key("city"), new StringValue("Lisbon"));
        assertThat(ItemEdits.get(edited, ValuePath.attribute("address").key("city"))).isEqualTo(new StringValue("Lisbon"));

        edited = ItemEdits.rename(edited, ValuePath.attribute("address").key("city"), "town");
        assertThat(((MapValue) edited.get("address")).entries().keySet()).containsExactly("town", "zip");
        edited = ItemEdits.rename(edited, ValuePath.attribute("tags"), "labels");
        assertThat(edited.attributes().keySet()).containsExactly("id", "address", "labels", "score");

        edited = ItemEdits.move(edited, ValuePath.attribute("labels").index(2), 0);
        assertThat(((ListValue) edited.get("labels")).elements().get(0)).isEqualTo(BoolValue.TRUE);
        edited = ItemEdits.insert(edited, ValuePath.attribute("labels").index(1), NullValue.INSTANCE);
        edited = ItemEdits.set(edited, ValuePath.attribute("labels").index(4), new StringValue("appended"));
        assertThat(((ListValue) edited.get("labels")).elements()).hasSize(5);
        edited = ItemEdits.remove(edited, ValuePath.attribute("address").key("zip"));
        assertThat(((MapValue) edited.get("address")).entries()).containsOnlyKeys("town");

        assertThatThrownBy(() -> ItemEdits.rename(person(), ValuePath.attribute("id"), "score"))
                .hasMessageContaining("already a \"score\"");
        assertThatThrownBy(() -> ItemEdits.set(person(), ValuePath.attribute("id").key("x"), NullValue.INSTANCE))
                .hasMessageContaining("not inside a map");
        // The original never changes.
        assertThat(item).isEqualTo(person());
    }

    @Test
    void undoAndRedoEveryEditWithItsDescription() throws Exception {
        ItemDocument document = new ItemDocument(person());
        int[] changes = {0};
        document.onChange(() -> changes[0]++);
        document.apply("Change type of address.zip to N", item -> ItemEdits.set(item, ValuePath.attribute("address").key("zip"),
                TypeConversion.convert(new StringValue("4000"), AttributeType.N).value()));
        document.apply("Delete score", item -> ItemEdits.remove(item, ValuePath.attribute("score")));
        assertThat(document.undoDescription()).isEqualTo("Delete score");
        document.undo();
        assertThat(document.current().has("score")).isTrue();
        assertThat(document.redoDescription()).isEqualTo("Delete score");
        document.undo();
        assertThat(document.current()).isEqualTo(person());
        document.redo();
        assertThat(ItemEdits.get(document.current(), ValuePath.attribute("address").key("zip"))).isEqualTo(NumberValue.of(4000));
        assertThat(changes[0]).isEqualTo(5);
        document.apply("Nothing", item -> item);
        assertThat(document.undoDescription()).isEqualTo("Change type of address.zip to N");
    }

    @Test
    void convertsTypesOnlyWhenNothingIsLost() {
        assertThat(TypeConversion.convert(NumberValue.of(42), AttributeType.S).value()).isEqualTo(new StringValue("42"));
        assertThat(TypeConversion.convert(new StringValue(" 1.50 "), AttributeType.N).value()).isEqualTo(new NumberValue("1.50"));
        assertThat(TypeConversion.convert(new StringValue("abc"), AttributeType.N).problem()).contains("is not a DynamoDB number");
        assertThat(TypeConversion.convert(new ListValue(List.of(new StringValue("a"), new StringValue("b"))), AttributeType.SS).value())
                .isEqualTo(StringSetValue.of(List.of("a", "b")));
        assertThat(TypeConversion.convert(new ListValue(List.of(new StringValue("a"), new StringValue("a"))), AttributeType.SS).problem())
                .contains("same member twice");
        assertThat(TypeConversion.convert(new ListValue(List.of()), AttributeType.NS).problem()).contains("cannot be empty");
        assertThat(TypeConversion.convert(StringSetValue.of(List.of("1", "2")), AttributeType.NS).value())
                .isEqualTo(NumberSetValue.of(List.of(NumberValue.of(1), NumberValue.of(2))));
        assertThat(TypeConversion.convert(new BinaryValue(new byte[] {(byte) 0xC3, 0x28}), AttributeType.S).problem())
                .contains("not UTF-8");
        assertThat(TypeConversion.convert(new MapValue(Map.of("a", NullValue.INSTANCE)), AttributeType.N).problem())
                .contains("cannot become a number");
        assertThat(TypeConversion.convert(new StringValue("x"), AttributeType.NULL).value()).isEqualTo(NullValue.INSTANCE);
    }

    @Test
    void countsSizeTheWayDynamoDbDoes() {
        assertThat(ItemSize.of(Item.builder().s("ab", "héllo").build())).isEqualTo(2 + 6);
        assertThat(ItemSize.of(NumberValue.of(123))).isEqualTo(3);
        assertThat(ItemSize.of(new NumberValue("12345678901234567890123456789012345678"))).isEqualTo(20);
        assertThat(ItemSize.of(new BinaryValue(new byte[10]))).isEqualTo(10);
        assertThat(ItemSize.of(new ListValue(List.of(BoolValue.TRUE, NullValue.INSTANCE)))).isEqualTo(3 + 2 + 2);
        assertThat(ItemSize.of(new MapValue(Map.of("k", new StringValue("v"))))).isEqualTo(3 + 1 + 1 + 1);
    }

    @Test
    void findsWhatDynamoDbWouldRefuseAtTheValue() {
        List<KeySlot> keys = List.of(new KeySlot("pk", AttributeType.S, true), new KeySlot("sk", AttributeType.N, false));
        Item missing = Item.builder().s("pk", "").s("sk", "x").build();
        assertThat(ItemValidation.check(missing, keys)).extracting(ItemValidation.Problem::toString)
                .containsExactly("pk: A key cannot be empty", "sk: The sort key must be a number (N), not a string");
        Item big = Item.builder().s("pk", "a").n("sk", 1).s("blob", "x".repeat(410_000)).build();
        assertThat(ItemValidation.check(big, keys)).singleElement().asString().contains("400 KB");
        DynamoValue deep = new StringValue("bottom");
        for (int i = 0; i < 33; i++) {
            deep = new MapValue(Map.of("d", deep));
        }
        Item nested = Item.builder().s("pk", "a").n("sk", 1).put("deep", deep).build();
        assertThat(ItemValidation.check(nested, keys)).singleElement().asString().contains("allows 31 maps or lists inside one another (32 levels");
    }

    @Test
    void diffsAttributeByAttributeComparingByValue() {
        Map<String, DynamoValue> before = new LinkedHashMap<>();
        before.put("same", new NumberValue("1.50"));
        before.put("changed", new StringValue("a"));
        before.put("removed", BoolValue.TRUE);
        Map<String, DynamoValue> after = new LinkedHashMap<>();
        after.put("same", new NumberValue("1.5"));
        after.put("changed", new StringValue("b"));
        after.put("added", NullValue.INSTANCE);
        assertThat(ItemDiff.between(new Item(before), new Item(after)))
                .extracting(change -> change.name() + ":" + change.kind())
                .containsExactly("changed:CHANGED", "removed:REMOVED", "added:ADDED");
    }

    @Test
    void plainJsonSaysWhenAnOriginalTypeCouldNotBeKept() throws Exception {
        Item original = Item.builder().put("tags", StringSetValue.of(List.of("a", "b")))
                .put("bin", new BinaryValue(new byte[] {1})).build();
        PlainJsonReader.Outcome outcome = PlainJsonReader.read("{\"tags\": [\"a\", \"a\"], \"bin\": \"not base64!\", \"n\": 1.50}", original);
        assertThat(outcome.item().get("tags")).isInstanceOf(ListValue.class);
        assertThat(outcome.item().get("bin")).isEqualTo(new StringValue("not base64!"));
        assertThat(((NumberValue) outcome.item().get("n")).text()).isEqualTo("1.50");
        assertThat(outcome.notes()).hasSize(2).anySatisfy(note -> assertThat(note).startsWith("tags was a string set"));
    }
}
