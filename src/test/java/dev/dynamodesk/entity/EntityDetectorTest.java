package dev.dynamodesk.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Detection on the sample App table (its design written out by hand below) and on tables where
 * nothing fits.
 */
class EntityDetectorTest {
    static final TableInfo APP = new TableInfo("App", "ACTIVE", new KeyAttribute("pk", AttributeType.S),
            new KeyAttribute("sk", AttributeType.S), List.of(new IndexInfo("GSI1", true, new KeyAttribute("GSI1PK", AttributeType.S),
            new KeyAttribute("GSI1SK", AttributeType.S))), 54, 0, "PAY_PER_REQUEST");

    static List<Item> appItems() throws Exception {
        List<Item> items = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(EntityDetectorTest.class.getResourceAsStream(
                "/dev/dynamodesk/local/samples/App.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    items.add(DynamoJson.parseItem(line));
                }
            }
        }
        return items;
    }

    private static Map<String, String> keys(Entity entity) {
        return entity.keys().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString()));
    }

    @Test
    void theSampleAppTableIsItsFourEntitiesWithTheirTemplates() throws Exception {
        EntityModel model = EntityDetector.detect(APP, appItems(), null);
        assertThat(model.typeAttribute()).isEqualTo("type");
        assertThat(model.sampled()).isEqualTo(54);
        assertThat(model.other()).isZero();
        assertThat(model.entities()).extracting(Entity::name, Entity::sampled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("membership", 21), org.assertj.core.groups.Tuple.tuple("user", 18),
                        org.assertj.core.groups.Tuple.tuple("project", 10), org.assertj.core.groups.Tuple.tuple("company", 5));
        assertThat(keys(model.entity("company").orElseThrow())).isEqualTo(Map.of("pk", "company#{companyId}",
                "sk", "company#{companyId}", "GSI1PK", "type#company", "GSI1SK", "{name}"));
        assertThat(keys(model.entity("membership").orElseThrow())).isEqualTo(Map.of("pk", "company#{companyId}",
                "sk", "user#{email}", "GSI1PK", "user#{email}", "GSI1SK", "company#{companyId}"));
        assertThat(keys(model.entity("project").orElseThrow())).isEqualTo(Map.of("pk", "company#{companyId}",
                "sk", "project#{projectId}", "GSI1PK", "project#{projectId}", "GSI1SK", "company#{companyId}"));
        assertThat(keys(model.entity("user").orElseThrow())).isEqualTo(Map.of("pk", "user#{email}", "sk", "profile",
                "GSI1PK", "type#user", "GSI1SK", "{email}"));
        assertThat(model.entity("user").orElseThrow().parameters()).containsExactly("email");
        Entity company = model.entity("company").orElseThrow();
        assertThat(company.attributes()).extracting(EntityAttribute::name).startsWith("pk", "sk", "GSI1PK", "GSI1SK")
                .contains("billing", "seats", "plan");
        assertThat(company.attributes()).filteredOn(a -> a.name().equals("seats")).singleElement()
                .satisfies(seats -> {
                    assertThat(seats.typeText()).isEqualTo("N");
                    assertThat(seats.present()).isEqualTo(5);
                });
    }

    @Test
    void withoutATypeAttributeTheKeyPrefixesMakeTheEntities() throws Exception {
        List<Item> untyped = appItems().stream().map(item -> {
            Map<String, dev.dynamodesk.item.DynamoValue> attributes = new java.util.LinkedHashMap<>(item.attributes());
            attributes.remove("type");
            return new Item(attributes);
        }).toList();
        EntityModel model = EntityDetector.detect(APP, untyped, null);
        assertThat(model.typeAttribute()).isNull();
        assertThat(model.entities()).extracting(Entity::name).containsExactly("user", "user2", "project", "company");
        assertThat(keys(model.entity("user").orElseThrow())).containsEntry("pk", "company#{companyId}").containsEntry("sk", "user#{email}");
        assertThat(keys(model.entity("user2").orElseThrow())).containsEntry("pk", "user#{email}").containsEntry("sk", "profile");
    }

    @Test
    void aTableWithNoDesignSaysSoAndInventsNothing() throws Exception {
        TableInfo orders = new TableInfo("Orders", "ACTIVE", new KeyAttribute("userId", AttributeType.S),
                new KeyAttribute("orderId", AttributeType.S), List.of(), 3, 0, "PAY_PER_REQUEST");
        List<Item> items = List.of(
                DynamoJson.parseItem("{\"userId\":{\"S\":\"u-1\"},\"orderId\":{\"S\":\"o-1\"},\"total\":{\"N\":\"10\"}}"),
                DynamoJson.parseItem("{\"userId\":{\"S\":\"u-2\"},\"orderId\":{\"S\":\"o-2\"}}"));
        EntityModel model = EntityDetector.detect(orders, items, null);
        assertThat(model.recognised()).isFalse();
        assertThat(model.other()).isEqualTo(2);
        assertThat(model.lookedFor()).contains("type, _type, entity, _et, __typename").contains("#, | or :");
    }
}
