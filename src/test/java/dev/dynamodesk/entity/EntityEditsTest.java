package dev.dynamodesk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Merging two entities into one and splitting one by a key's prefix, then matching live items to them. */
class EntityEditsTest {
    private static Map<String, String> keys(Entity entity) {
        return entity.keys().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString()));
    }

    @Test
    void twoEntitiesMergedKeepWhatTheirTemplatesShareAndBothTypeValues() throws Exception {
        List<Item> items = EntityDetectorTest.appItems();
        EntityModel model = EntityDetector.detect(EntityDetectorTest.APP, items, null);
        Entity merged = EntityEdits.merge(model.entity("membership").orElseThrow(), model.entity("project").orElseThrow());
        assertThat(merged.name()).isEqualTo("membership");
        assertThat(merged.typeValues()).containsExactly("membership", "project");
        assertThat(merged.sampled()).isEqualTo(31);
        assertThat(keys(merged)).isEqualTo(Map.of("pk", "company#{companyId}", "sk", "{sk}", "GSI1PK", "{GSI1PK}",
                "GSI1SK", "company#{companyId}"));
        assertThat(merged.attributes()).extracting(EntityAttribute::name).contains("role", "status", "tags");
        assertThat(EntityEdits.common("sk", KeyTemplate.parse("ORDER#{date}#{id}"), KeyTemplate.parse("ORDER#{id}")))
                .hasToString("ORDER#{date}");
        assertThat(EntityEdits.common("sk", KeyTemplate.parse("user#{e}"), KeyTemplate.parse("user|{e}"))).hasToString("user{e}");

        List<Entity> entities = new ArrayList<>(model.entities());
        entities.remove(model.entity("project").orElseThrow());
        entities.set(entities.indexOf(model.entity("membership").orElseThrow()), merged);
        EntityModel edited = model.withEntities(entities);
        EntityMatcher matcher = new EntityMatcher(edited, EntityDetectorTest.APP);
        for (Item item : items) {
            String type = ((StringValue) item.get("type")).value();
            assertThat(matcher.entityOf(item).map(Entity::name)).contains(type.equals("project") ? "membership" : type);
        }
        QueryPlan plan = QueryPlan.of(EntityQueries.entityView(merged, edited, EntityDetectorTest.APP).query(), EntityDetectorTest.APP);
        assertThat(plan.filterExpression()).isEqualTo("#n0 IN (:v0, :v1)");
    }

    @Test
    void anEntitySplitByItsSortKeyIsTwoEntitiesThatShareTheTypeAndAreToldApartByKeys() throws Exception {
        List<Item> items = EntityDetectorTest.appItems();
        EntityModel model = EntityDetector.detect(EntityDetectorTest.APP, items, null);
        Entity merged = EntityEdits.merge(model.entity("membership").orElseThrow(), model.entity("project").orElseThrow());
        List<Item> mergedItems = items.stream().filter(item -> merged.typeValues().contains(((StringValue) item.get("type")).value())).toList();
        List<Entity> parts = EntityEdits.split(merged, mergedItems, EntityDetectorTest.APP, "sk");
        assertThat(parts).extracting(Entity::name, Entity::sampled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("membership-user", 21), org.assertj.core.groups.Tuple.tuple("membership-project", 10));
        assertThat(keys(parts.get(0))).containsEntry("sk", "user#{email}");
        assertThat(keys(parts.get(1))).containsEntry("sk", "project#{projectId}");
        assertThat(parts.get(0).typeValues()).containsExactly("membership", "project");

        List<Entity> entities = new ArrayList<>(List.of(model.entity("user").orElseThrow(), model.entity("company").orElseThrow()));
        entities.addAll(parts);
        EntityModel edited = model.withEntities(entities);
        EntityMatcher matcher = new EntityMatcher(edited, EntityDetectorTest.APP);
        for (Item item : mergedItems) {
            String expected = ((StringValue) item.get("sk")).value().startsWith("user#") ? "membership-user" : "membership-project";
            assertThat(matcher.entityOf(item).map(Entity::name)).contains(expected);
        }
        QueryPlan plan = QueryPlan.of(EntityQueries.entityView(parts.get(1), edited, EntityDetectorTest.APP).query(), EntityDetectorTest.APP);
        assertThat(plan.filterExpression()).isEqualTo("#n0 IN (:v0, :v1) AND begins_with(#n1, :v2) AND begins_with(#n2, :v3)");
        // Queried by a company: the filter keeps the type but leaves the queried keys to the key condition (DynamoDB refuses them there).
        QueryPlan ofAcme = QueryPlan.of(EntityQueries.entityView(parts.get(1), edited, EntityDetectorTest.APP, Map.of("companyId", "acme"))
                .query(), EntityDetectorTest.APP);
        assertThat(ofAcme.isQuery()).isTrue();
        assertThat(ofAcme.filterExpression()).isEqualTo("#n2 IN (:v2, :v3)"); // #n0/#n1 and :v0/:v1 are the key condition's
        assertThatThrownBy(() -> EntityEdits.split(model.entity("user").orElseThrow(),
                items.stream().filter(item -> ((StringValue) item.get("type")).value().equals("user")).toList(), EntityDetectorTest.APP, "sk"))
                .hasMessage("Every sampled user's sk starts with profile: nothing to split by");
    }
}
