package dev.dynamodesk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.QueryPlan;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.StringValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Entity views and access patterns as requests: Query wherever the keys allow, the reason either way. */
class EntityQueriesTest {
    private static EntityModel app() throws Exception {
        return EntityDetector.detect(EntityDetectorTest.APP, EntityDetectorTest.appItems(), null);
    }

    @Test
    void anEntityWithAConstantIndexPartitionIsAQueryAndTheOthersAScanWithTheirType() throws Exception {
        EntityModel model = app();
        EntityQueries.Planned users = EntityQueries.entityView(model.entity("user").orElseThrow(), model, EntityDetectorTest.APP);
        assertThat(users.query().isQuery()).isTrue();
        assertThat(users.query().indexName()).isEqualTo("GSI1");
        assertThat(users.query().partitionValue()).isEqualTo(new StringValue("type#user"));
        assertThat(users.explanation()).isEqualTo("Query of index GSI1 where GSI1PK = type#user: reads only user's items");

        EntityQueries.Planned memberships = EntityQueries.entityView(model.entity("membership").orElseThrow(), model, EntityDetectorTest.APP);
        assertThat(memberships.query().isQuery()).isFalse();
        QueryPlan plan = QueryPlan.of(memberships.query(), EntityDetectorTest.APP);
        assertThat(plan.filterExpression()).isEqualTo("#n0 = :v0");
        assertThat(plan.names()).containsEntry("#n0", "type");
        assertThat(memberships.explanation()).startsWith("Scan of App keeping membership's items: no index has a partition key");

        QueryPlan other = QueryPlan.of(EntityQueries.otherView(model, EntityDetectorTest.APP).orElseThrow().query(), EntityDetectorTest.APP);
        assertThat(other.filterExpression()).isEqualTo("attribute_not_exists(#n0) OR (#n0 <> :v0 AND #n0 <> :v1 AND #n0 <> :v2 AND #n0 <> :v3)");
    }

    @Test
    void givenParametersMakeAnEntityViewAQueryOfTheTableOrTheIndexTheyFill() throws Exception {
        EntityModel model = app();
        Entity membership = model.entity("membership").orElseThrow();
        assertThat(EntityQueries.entityView(membership, model, EntityDetectorTest.APP).explanation())
                .endsWith("give companyId or email to Query one partition instead");
        EntityQueries.Planned ofCompany = EntityQueries.entityView(membership, model, EntityDetectorTest.APP, Map.of("companyId", "acme"));
        assertThat(ofCompany.explanation()).isEqualTo("Query of App where pk = company#acme and begins_with(sk, \"user#\"): reads only"
                + " membership's items of that partition");
        assertThat(ofCompany.query().indexName()).isNull();
        EntityQueries.Planned ofUser = EntityQueries.entityView(membership, model, EntityDetectorTest.APP, Map.of("email", "ana@email.com"));
        assertThat(ofUser.query().indexName()).isEqualTo("GSI1");
        assertThat(ofUser.query().partitionValue()).isEqualTo(new StringValue("user#ana@email.com"));
        assertThat(ofUser.query().sortCondition()).isEqualTo(dev.dynamodesk.dynamo.query.SortKeyCondition.of(Operator.BEGINS_WITH,
                new StringValue("company#")));
        EntityQueries.Planned one = EntityQueries.entityView(membership, model, EntityDetectorTest.APP,
                Map.of("companyId", "acme", "email", "ana@email.com"));
        assertThat(one.query().sortCondition()).isEqualTo(dev.dynamodesk.dynamo.query.SortKeyCondition.of(Operator.EQ,
                new StringValue("user#ana@email.com")));
    }

    @Test
    void withoutATypeAttributeTheKeyPrefixesFilterAndOtherIsWhatFitsNoPrefixes() throws Exception {
        EntityModel model = app();
        EntityModel byKeys = new EntityModel("App", null, model.entities().stream().map(e -> new Entity(e.name(), null, e.keys(),
                e.attributes(), e.sampled())).toList(), List.of(), 54, 0, null);
        QueryPlan plan = QueryPlan.of(EntityQueries.entityView(byKeys.entity("project").orElseThrow(), byKeys, EntityDetectorTest.APP).query(),
                EntityDetectorTest.APP);
        assertThat(plan.filterExpression()).isEqualTo("begins_with(#n0, :v0) AND begins_with(#n1, :v1)");
        assertThat(plan.values().values()).extracting(v -> v.s()).containsExactly("company#", "project#");
        // Fits no entity: for each entity one of its keys' prefixes fails, written as OR groups of AND (2^4 ways here).
        QueryPlan other = QueryPlan.of(EntityQueries.otherView(byKeys, EntityDetectorTest.APP).orElseThrow().query(), EntityDetectorTest.APP);
        assertThat(other.filterExpression()).startsWith("(NOT begins_with(#n0, :v0) AND NOT begins_with(#n0, :v1)")
                .contains(" OR ").contains("#n1 <> :v");
        assertThat(other.filterExpression().split(" OR ")).hasSize(16);
        // An entity without a prefix (a bare {pk}) could be anything: nothing is surely Other, so none is offered.
        EntityModel loose = byKeys.withEntities(List.of(new Entity("anything", null, Map.of("pk", KeyTemplate.parse("{pk}")), List.of(), 1)));
        assertThat(EntityQueries.otherView(loose, EntityDetectorTest.APP)).isEmpty();
    }

    @Test
    void patternsAreCheckedAgainstTheKeySchema() throws Exception {
        EntityModel model = app();
        AccessPattern users = new AccessPattern("Users of a company", null, "membership", null, KeyTemplate.parse("company#{companyId}"),
                Operator.BEGINS_WITH, List.of(KeyTemplate.parse("user#")), false);
        EntityQueries.Planned planned = EntityQueries.pattern(users, Map.of("companyId", "acme"), model, EntityDetectorTest.APP);
        assertThat(planned.query().partitionValue()).isEqualTo(new StringValue("company#acme"));
        assertThat(planned.query().sortCondition().operator()).isEqualTo(Operator.BEGINS_WITH);
        assertThat(planned.explanation()).isEqualTo("Query of App where pk = company#acme and begins_with(sk, \"user#\"): reads only that"
                + " partition's matching items");
        assertThatThrownBy(() -> EntityQueries.pattern(users, Map.of(), model, EntityDetectorTest.APP)).hasMessageContaining("Give companyId");
        AccessPattern noIndex = new AccessPattern("x", null, null, "GSI9", KeyTemplate.parse("a"), null, List.of(), false);
        assertThatThrownBy(() -> EntityQueries.pattern(noIndex, Map.of(), model, EntityDetectorTest.APP))
                .hasMessageContaining("App has no index GSI9 (it has [GSI1])");
        TableInfo numbered = new TableInfo("Events", "ACTIVE", new KeyAttribute("source", AttributeType.S),
                new KeyAttribute("ts", AttributeType.N), List.of(), 0, 0, "PAY_PER_REQUEST");
        AccessPattern prefix = new AccessPattern("y", null, null, null, KeyTemplate.parse("{source}"), Operator.BEGINS_WITH,
                List.of(KeyTemplate.parse("17")), false);
        assertThatThrownBy(() -> EntityQueries.pattern(prefix, Map.of("source", "web"), model, numbered))
                .hasMessageContaining("begins_with needs a text or binary sort key; ts (N) is a number");
        AccessPattern after = new AccessPattern("z", null, null, null, KeyTemplate.parse("{source}"), Operator.GT,
                List.of(KeyTemplate.parse("{since}")), true);
        assertThatThrownBy(() -> EntityQueries.pattern(after, Map.of("source", "web", "since", "yesterday"), model, numbered))
                .hasMessageContaining("ts (N) is a number, not 'yesterday'");
        assertThat(EntityQueries.pattern(after, Map.of("source", "web", "since", "1764480000"), model, numbered).query().descending()).isTrue();
        AccessPattern scan = new AccessPattern("All projects", null, "project", null, null, null, List.of(), false);
        assertThat(EntityQueries.pattern(scan, Map.of(), model, EntityDetectorTest.APP).explanation())
                .isEqualTo("Scan of App keeping project's items: the pattern names no partition key, so every item is read (and billed)");
        TableInfo sized = new TableInfo("App", "ACTIVE", EntityDetectorTest.APP.partitionKey(), EntityDetectorTest.APP.sortKey(),
                EntityDetectorTest.APP.indexes(), 54, 3L * 1_048_576, "PAY_PER_REQUEST");
        assertThat(EntityQueries.pattern(scan, Map.of(), model, sized).explanation())
                .endsWith("every item is read (about 384 RCU for DynamoDB's estimate of 3 MB)");
    }

    /** A design on a multi-attribute index: a match is found by tournament + region, sorted by round + score. */
    @Test
    void anEntityViewQueriesAMultiAttributeIndexWhenItsTemplatesFillEveryPartitionAttribute() throws Exception {
        TableInfo matches = new TableInfo("Matches", "ACTIVE", new KeyAttribute("pk", AttributeType.S), new KeyAttribute("sk", AttributeType.S),
                List.of(new dev.dynamodesk.dynamo.IndexInfo("byRound", true, new KeyAttribute("tournament", AttributeType.S),
                        new KeyAttribute("round", AttributeType.S), List.of(new KeyAttribute("season", AttributeType.N)),
                        List.of(new KeyAttribute("score", AttributeType.N)))), 0, 0, "PAY_PER_REQUEST");
        Entity match = new Entity("match", "match", Map.of("pk", KeyTemplate.parse("match#{matchId}"), "sk", KeyTemplate.parse("match"),
                "tournament", KeyTemplate.parse("{tournament}"), "season", KeyTemplate.parse("{season}"),
                "round", KeyTemplate.parse("{round}")), List.of(), 10);
        EntityModel model = new EntityModel("Matches", "type", List.of(match), List.of(), 10, 0, null, null);
        assertThat(EntityQueries.partitionParameters(match, matches)).contains("tournament and season");

        EntityQueries.Planned all = EntityQueries.entityView(match, model, matches);
        assertThat(all.query().isQuery()).isFalse(); // nothing fills the keys: a scan, saying which parameters would not

        EntityQueries.Planned ofSeason = EntityQueries.entityView(match, model, matches, Map.of("tournament", "winter", "season", "2025"));
        assertThat(ofSeason.query().indexName()).isEqualTo("byRound");
        assertThat(ofSeason.query().partitionValues()).containsExactly(new StringValue("winter"), dev.dynamodesk.item.NumberValue.of("2025"));
        assertThat(ofSeason.query().sortConditions()).isEmpty();
        assertThat(ofSeason.explanation()).isEqualTo("Query of index byRound where tournament = winter and season = 2025: reads only"
                + " match's items of that partition");
        assertThat(QueryPlan.of(ofSeason.query(), matches).keyCondition()).isEqualTo("#n0 = :v0 AND #n1 = :v1");

        EntityQueries.Planned ofRound = EntityQueries.entityView(match, model, matches,
                Map.of("tournament", "winter", "season", "2025", "round", "final"));
        assertThat(ofRound.query().sortConditions()).containsExactly(dev.dynamodesk.dynamo.query.SortKeyCondition.of(Operator.EQ,
                new StringValue("final")));
        assertThat(QueryPlan.of(ofRound.query(), matches).keyCondition()).isEqualTo("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2");

        // A season that is no number cannot fill the N attribute: that index is not used.
        assertThat(EntityQueries.entityView(match, model, matches, Map.of("tournament", "winter", "season", "last")).query()
                .indexName()).isNull();
        AccessPattern pattern = new AccessPattern("By tournament", null, "match", "byRound", KeyTemplate.parse("{tournament}"), null,
                List.of(), false);
        assertThatThrownBy(() -> EntityQueries.pattern(pattern, Map.of("tournament", "winter"), model, matches))
                .hasMessageContaining("index byRound is keyed on several attributes (tournament (S) + season (N))");
    }
}
