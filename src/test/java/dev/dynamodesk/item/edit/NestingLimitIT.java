package dev.dynamodesk.item.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.testing.LocalDynamo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The app's nesting check says yes exactly where DynamoDB Local does: maps and lists 29 to 34 deep,
 * around a string, a set or nothing.
 */
class NestingLimitIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    private static DynamoValue wrap(int containers, boolean lists, DynamoValue leaf) {
        DynamoValue value = leaf;
        for (int i = 0; i < containers; i++) {
            value = lists ? new ListValue(List.of(value)) : new MapValue(Map.of("n", value));
        }
        return value;
    }

    @Test
    void theAppRefusesExactlyWhatDynamoDbRefuses() {
        LOCAL.createTable("Nesting", "pk", null);
        List<KeySlot> keys = List.of(new KeySlot("pk", AttributeType.S, true));
        List<String> disagreements = new ArrayList<>();
        for (boolean lists : new boolean[] {false, true}) {
            for (int containers = 29; containers <= 34; containers++) {
                for (DynamoValue leaf : List.of(new StringValue("leaf"), StringSetValue.of(List.of("a")),
                        lists ? new ListValue(List.of()) : new MapValue(Map.of()))) {
                    Item item = Item.builder().s("pk", "n").put("deep", wrap(containers, lists, leaf)).build();
                    boolean appAccepts = ItemValidation.check(item, keys).isEmpty();
                    boolean localAccepts;
                    try {
                        LOCAL.client().putItem(b -> b.tableName("Nesting").item(AttributeValues.fromItem(item)));
                        localAccepts = true;
                    } catch (DynamoDbException refused) {
                        assertThat(refused.getMessage()).contains("Nesting Levels have exceeded supported limits");
                        localAccepts = false;
                    }
                    if (appAccepts != localAccepts) {
                        disagreements.add((lists ? "lists " : "maps ") + containers + " around " + leaf.type()
                                + ": app " + appAccepts + ", Local " + localAccepts);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
