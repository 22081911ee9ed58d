package dev.dynamodesk.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A shop's single-table design generated here: five entity types named by an {@code _et}
 * attribute, two overloaded GSIs, and legacy items that fit nothing. Its templates are written
 * out by hand below, as the design's author would; detection must find each entity with them and
 * the right counts, and put the legacy items under Other.
 */
public class GeneratedDesignTest {
    public static final TableInfo SHOP = new TableInfo("Shop", "ACTIVE", new KeyAttribute("PK", AttributeType.S),
            new KeyAttribute("SK", AttributeType.S), List.of(
            new IndexInfo("GSI1", true, new KeyAttribute("GSI1PK", AttributeType.S), new KeyAttribute("GSI1SK", AttributeType.S)),
            new IndexInfo("GSI2", true, new KeyAttribute("GSI2PK", AttributeType.S), new KeyAttribute("GSI2SK", AttributeType.S))),
            0, 0, "PAY_PER_REQUEST");

    static final Map<String, Map<String, String>> DESIGN = Map.of(
            "customer", Map.of("PK", "CUSTOMER#{customerId}", "SK", "PROFILE", "GSI1PK", "EMAIL#{email}", "GSI1SK", "CUSTOMER#{customerId}"),
            "order", Map.of("PK", "CUSTOMER#{customerId}", "SK", "ORDER#{orderDate}#{orderId}", "GSI1PK", "ORDER#{orderId}",
                    "GSI1SK", "ORDER#{orderId}", "GSI2PK", "STATUS#{status}", "GSI2SK", "{orderDate}"),
            "orderItem", Map.of("PK", "ORDER#{orderId}", "SK", "ITEM#{productId}", "GSI1PK", "PRODUCT#{productId}", "GSI1SK", "ORDER#{orderId}"),
            "product", Map.of("PK", "PRODUCT#{productId}", "SK", "PRODUCT#{productId}", "GSI2PK", "CATEGORY#{category}",
                    "GSI2SK", "PRODUCT#{productId}"),
            "warehouse", Map.of("PK", "WAREHOUSE#{warehouseId}", "SK", "WAREHOUSE#{warehouseId}"));

    /** 100 customers, 400 orders, 1,200 order lines, 200 products, 5 warehouses, 15 legacy items: 1,920, shuffled. */
    public static List<Item> shop(long seed) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>();
        String[] statuses = {"NEW", "PAID", "SHIPPED"};
        String[] categories = {"books", "games", "garden", "tools"};
        for (int p = 0; p < 200; p++) {
            String id = "p" + (1000 + p);
            items.add(item("_et", "product", "PK", "PRODUCT#" + id, "SK", "PRODUCT#" + id, "GSI2PK", "CATEGORY#" + categories[p % 4],
                    "GSI2SK", "PRODUCT#" + id, "category", categories[p % 4], "title", "Product " + p, "price", "#" + (p % 90 + 1) + ".99"));
        }
        for (int c = 0; c < 100; c++) {
            String id = "c-" + (5000 + c);
            String email = "user" + c + "@shop.example";
            items.add(item("_et", "customer", "PK", "CUSTOMER#" + id, "SK", "PROFILE", "GSI1PK", "EMAIL#" + email, "GSI1SK", "CUSTOMER#" + id,
                    "email", email, "name", "Customer " + c));
            for (int o = 0; o < 4; o++) {
                String orderId = "o" + c + "x" + o;
                String date = String.format("2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
                String status = statuses[random.nextInt(3)];
                items.add(item("_et", "order", "PK", "CUSTOMER#" + id, "SK", "ORDER#" + date + "#" + orderId, "GSI1PK", "ORDER#" + orderId,
                        "GSI1SK", "ORDER#" + orderId, "GSI2PK", "STATUS#" + status, "GSI2SK", date, "orderId", orderId, "orderDate", date,
                        "status", status, "total", "#" + random.nextInt(500) + "." + random.nextInt(10) + "0"));
                for (int line = 0; line < 3; line++) {
                    String product = "p" + (1000 + random.nextInt(200));
                    items.add(item("_et", "orderItem", "PK", "ORDER#" + orderId, "SK", "ITEM#" + product + "-" + line, "GSI1PK",
                            "PRODUCT#" + product + "-" + line, "GSI1SK", "ORDER#" + orderId, "productId", product + "-" + line,
                            "quantity", "#" + (1 + random.nextInt(5))));
                }
            }
        }
        for (int w = 0; w < 5; w++) {
            items.add(item("_et", "warehouse", "PK", "WAREHOUSE#w" + w, "SK", "WAREHOUSE#w" + w, "city", "City " + w));
        }
        for (int l = 0; l < 15; l++) {
            items.add(item("PK", "legacy-" + l, "SK", "row-" + l, "payload", "old " + l));
        }
        Collections.shuffle(items, random);
        return items;
    }

    /** Name/value pairs; a value starting with # is a number. */
    private static Item item(String... pairs) {
        Map<String, dev.dynamodesk.item.DynamoValue> attributes = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.put(pairs[i], pairs[i + 1].startsWith("#") ? NumberValue.of(pairs[i + 1].substring(1)) : new StringValue(pairs[i + 1]));
        }
        return new Item(attributes);
    }

    @Test
    void fiveEntitiesWithTheirTemplatesAndCountsAndTheLegacyItemsAsOther() {
        EntityModel model = EntityDetector.detect(SHOP, shop(7), null);
        assertThat(model.typeAttribute()).isEqualTo("_et");
        assertThat(model.sampled()).isEqualTo(1_920);
        assertThat(model.other()).isEqualTo(15);
        assertThat(model.entities()).extracting(Entity::name).containsExactly("orderItem", "order", "product", "customer", "warehouse");
        assertThat(model.entities()).extracting(Entity::sampled).containsExactly(1_200, 400, 200, 100, 5);
        for (Entity entity : model.entities()) {
            assertThat(entity.keys().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())))
                    .as(entity.name()).isEqualTo(DESIGN.get(entity.name()));
        }
        // Every item of the sample is matched back to its own entity by the model, the legacy ones to none.
        EntityMatcher matcher = new EntityMatcher(model, SHOP);
        for (Item item : shop(7)) {
            String expected = item.get("_et") == null ? null : ((StringValue) item.get("_et")).value();
            assertThat(matcher.entityOf(item).map(Entity::name).orElse(null)).isEqualTo(expected);
        }
    }

    @Test
    void withoutTheTypeAttributeTheKeysStillTellTheEntitiesApart() {
        List<Item> untyped = shop(11).stream().map(item -> {
            Map<String, dev.dynamodesk.item.DynamoValue> attributes = new LinkedHashMap<>(item.attributes());
            attributes.remove("_et");
            return new Item(attributes);
        }).toList();
        EntityModel model = EntityDetector.detect(SHOP, untyped, null);
        assertThat(model.typeAttribute()).isNull();
        assertThat(model.other()).isEqualTo(15);
        Map<String, Integer> counts = model.entities().stream().collect(Collectors.toMap(Entity::name, Entity::sampled));
        assertThat(counts).isEqualTo(Map.of("ITEM", 1_200, "ORDER", 400, "PRODUCT", 200, "CUSTOMER", 100, "WAREHOUSE", 5));
        EntityMatcher matcher = new EntityMatcher(model, SHOP);
        Item order = untyped.stream().filter(item -> ((StringValue) item.get("SK")).value().startsWith("ORDER#")).findFirst().orElseThrow();
        assertThat(matcher.entityOf(order).map(Entity::name)).contains("ORDER");
        assertThat(EntityMatcher.parameters(matcher.entityOf(order).orElseThrow(), order))
                .containsEntry("orderId", ((StringValue) order.get("orderId")).value())
                .containsEntry("customerId", ((StringValue) order.get("PK")).value().substring("CUSTOMER#".length()));
    }
}
