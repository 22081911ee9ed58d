package dev.dynamodesk.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.DynamoServices;
import dev.dynamodesk.dynamo.ItemPage;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.testing.LocalDynamo;
import dev.dynamodesk.testing.ReferenceReader;
import dev.dynamodesk.testing.SameItems;
import dev.dynamodesk.testing.Typed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Other in a design told by its keys alone (the sample App without its type attribute, plus items
 * of no entity): the app's Scan filter, sent to DynamoDB Local, keeps exactly the items the test
 * picks out of the SDK's own scan by their prefixes.
 */
class EntityOtherIT {
    @RegisterExtension
    static final LocalDynamo LOCAL = new LocalDynamo();

    @Test
    void otherIsWhatFitsNoEntitysKeyPrefixes() throws Exception {
        LOCAL.client().createTable(b -> b.tableName("Untyped").billingMode("PAY_PER_REQUEST")
                .keySchema(k -> k.attributeName("pk").keyType("HASH"), k -> k.attributeName("sk").keyType("RANGE"))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"), a -> a.attributeName("sk").attributeType("S")));
        List<Item> untyped = new ArrayList<>();
        for (Item item : EntityDetectorTest.appItems()) {
            Map<String, dev.dynamodesk.item.DynamoValue> attributes = new java.util.LinkedHashMap<>(item.attributes());
            attributes.remove("type");
            untyped.add(new Item(attributes));
        }
        for (Item item : untyped) {
            LOCAL.client().putItem(b -> b.tableName("Untyped").item(AttributeValues.fromItem(item)));
        }
        LOCAL.client().putItem(b -> b.tableName("Untyped").item(Map.of("pk", AttributeValue.fromS("legacy-1"), "sk", AttributeValue.fromS("x"))));
        LOCAL.client().putItem(b -> b.tableName("Untyped").item(Map.of("pk", AttributeValue.fromS("company#zeta"),
                "sk", AttributeValue.fromS("audit#1"))));
        LOCAL.client().putItem(b -> b.tableName("Untyped").item(Map.of("pk", AttributeValue.fromS("user#x@y.z"),
                "sk", AttributeValue.fromS("settings"))));

        DynamoServices services = new DynamoServices(LOCAL.client());
        TableInfo table = services.tables().describe("Untyped");
        EntityModel model = EntityDetector.detect(table, untyped, null);
        assertThat(model.typeAttribute()).isNull();
        EntityQueries.Planned other = EntityQueries.otherView(model, table).orElseThrow();
        assertThat(other.explanation()).startsWith("Scan of Untyped keeping the items whose keys fit no entity's prefixes");
        QueryPlan plan = QueryPlan.of(other.query(), table);
        List<Map<String, Typed>> found = new ArrayList<>();
        Item start = null;
        do {
            ItemPage page = services.reader().readChunk(plan, start, 1_000, () -> false);
            page.items().forEach(item -> found.add(Typed.item(AttributeValues.fromItem(item))));
            start = page.lastEvaluatedKey();
        } while (start != null);

        // The reference: the SDK's scan, kept here by the pairs of prefixes the design's entities have.
        Set<String> entityPrefixes = Set.of("company# user#", "user# =profile", "company# project#", "company# company#");
        List<Map<String, Typed>> expected = ReferenceReader.scan(LOCAL.client(), "Untyped").stream()
                .filter(item -> !entityPrefixes.contains(prefix(item.get("pk")) + " " + prefix(item.get("sk")))).toList();
        assertThat(expected).hasSize(3);
        SameItems.assertSame("Other of a keys-only design", expected, found, List.of("pk", "sk"));
    }

    private static String prefix(Typed value) {
        String text = value.toString().replaceFirst("^S:", "");
        int hash = text.indexOf('#');
        return hash < 0 ? "=" + text : text.substring(0, hash + 1);
    }
}
