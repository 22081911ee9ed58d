package dev.dynamodesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.Condition;
import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.ItemQuery;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.SortKeyCondition;
import dev.dynamodesk.entity.Entity;
import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.entity.EntityQueries;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.item.AttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A query run from elsewhere, as the builder's form: the form reads back as the same query. */
class QueryFormOfQueryTest {
    private static final TableInfo TABLE = new TableInfo("App", "ACTIVE", new KeyAttribute("pk", AttributeType.S),
            new KeyAttribute("sk", AttributeType.S), List.of(new IndexInfo("GSI1", true, new KeyAttribute("GSI1PK", AttributeType.S),
            new KeyAttribute("GSI1SK", AttributeType.S)), new IndexInfo("multi", true, new KeyAttribute("tournament", AttributeType.S),
            new KeyAttribute("round", AttributeType.S), List.of(new KeyAttribute("region", AttributeType.N)),
            List.of(new KeyAttribute("score", AttributeType.N)))), 0, 0, "PAY_PER_REQUEST");

    @Test
    void queriesOfEveryShapeComeBackAsThemselves() throws Exception {
        List<ItemQuery> queries = List.of(
                ItemQuery.scanAll("App"),
                ItemQuery.scanAll("App").onIndex("GSI1").withPartition(new StringValue("type#user"),
                        SortKeyCondition.of(Operator.BEGINS_WITH, new StringValue("a, \"b\""))).withOrder(true, false),
                ItemQuery.scanAll("App").withPartition(new StringValue("company#acme"), SortKeyCondition.of(Operator.BETWEEN,
                        new StringValue("a"), new StringValue("m"))).withFilter(List.of(FilterClause.and(Condition.of("seats",
                        Operator.GE, NumberValue.of("10.50"))))).withOrder(false, true),
                // An index keyed on several attributes: every partition value, = on leading sort attributes, a range on the last.
                ItemQuery.scanAll("App").onIndex("multi").withKey(List.of(new StringValue("winter"), NumberValue.of("2.50")),
                        List.of(SortKeyCondition.of(Operator.EQ, new StringValue("semi")), SortKeyCondition.of(Operator.BETWEEN,
                                NumberValue.of("1"), NumberValue.of("3.0")))).withOrder(true, false),
                ItemQuery.scanAll("App").onIndex("multi").withKey(java.util.Arrays.asList(null, NumberValue.of("7")), List.of()),
                new ItemQuery("App", null, null, null, List.of(
                        FilterClause.and(Condition.of("type", Operator.NOT_EXISTS)),
                        FilterClause.or(new Condition(dev.dynamodesk.dynamo.query.AttributePath.of("type"), Operator.IN,
                                List.of(new StringValue("user"), new StringValue("a,b"), new StringValue("q\"uote")), false)),
                        FilterClause.and(Condition.of("blob", Operator.EQ, new BinaryValue(new byte[] {0, 1, (byte) 255})))),
                        List.of(), false, false));
        for (ItemQuery query : queries) {
            assertThat(QueryForm.of(query).toQuery("App", TABLE)).as(query.toString()).isEqualTo(query);
        }
    }

    @Test
    void anEntityViewsQueryComesBackAsItself() throws Exception {
        var items = new java.util.ArrayList<dev.dynamodesk.item.Item>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(QueryFormOfQueryTest.class.getResourceAsStream(
                "/dev/dynamodesk/local/samples/App.jsonl"), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                items.add(dev.dynamodesk.item.DynamoJson.parseItem(line));
            }
        }
        EntityModel model = dev.dynamodesk.entity.EntityDetector.detect(TABLE, items, null);
        for (Entity entity : model.entities()) {
            ItemQuery query = EntityQueries.entityView(entity, model, TABLE).query();
            assertThat(QueryForm.of(query).toQuery("App", TABLE)).as(entity.name()).isEqualTo(query);
        }
    }
}
