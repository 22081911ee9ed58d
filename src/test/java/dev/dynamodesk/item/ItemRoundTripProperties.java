package dev.dynamodesk.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random items of every type survive each conversion exactly. */
class ItemRoundTripProperties {
    @Provide
    Arbitrary<Item> items() {
        return ItemArbitraries.items();
    }

    @Property
    void dynamoJsonGivesBackTheSameItem(@ForAll("items") Item item) throws Exception {
        assertThat(DynamoJson.parseItem(DynamoJson.write(item, false))).isEqualTo(item);
        assertThat(DynamoJson.parseItem(DynamoJson.write(item, true))).isEqualTo(item);
    }

    @Property
    void attributeValuesGiveBackTheSameItem(@ForAll("items") Item item) {
        Item back = AttributeValues.toItem(AttributeValues.fromItem(item));
        assertThat(back).isEqualTo(item);
        // Exactly, not just equal: number text and set order survive too.
        assertThat(DynamoJson.write(back, false)).isEqualTo(DynamoJson.write(item, false));
    }

    @Property
    void plainJsonUnchangedKeepsEveryType(@ForAll("items") Item item) throws Exception {
        PlainJsonReader.Outcome outcome = PlainJsonReader.read(PlainJson.write(item, true), item);
        assertThat(outcome.item()).isEqualTo(item);
        assertThat(outcome.notes()).isEmpty();
    }

    @Property
    void plainJsonEditsThatStillFitKeepTheOriginalTypes(@ForAll("items") Item item) throws Exception {
        // The edit: every set's members in another order, and a new attribute.
        Map<String, DynamoValue> edited = new LinkedHashMap<>();
        item.attributes().forEach((name, value) -> edited.put(name, reordered(value)));
        edited.put("added by the edit", new StringValue("new"));
        Item expected = new Item(edited);
        PlainJsonReader.Outcome outcome = PlainJsonReader.read(PlainJson.write(expected, false), item);
        assertThat(outcome.item()).isEqualTo(expected);
        assertThat(outcome.notes()).isEmpty();
    }

    private static DynamoValue reordered(DynamoValue value) {
        if (value instanceof StringSetValue ss) {
            List<String> members = new ArrayList<>(ss.members());
            Collections.reverse(members);
            return StringSetValue.of(members);
        }
        if (value instanceof NumberSetValue ns) {
            List<NumberValue> members = new ArrayList<>(ns.members());
            Collections.reverse(members);
            return NumberSetValue.of(members);
        }
        return value;
    }
}
