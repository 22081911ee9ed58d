package dev.dynamodesk.dynamo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

class QueryPlanTest {
    static final TableInfo APP = new TableInfo("App", "ACTIVE",
            new KeyAttribute("pk", AttributeType.S), new KeyAttribute("sk", AttributeType.S),
            List.of(new IndexInfo("GSI1", true, new KeyAttribute("GSI1PK", AttributeType.S), new KeyAttribute("GSI1SK", AttributeType.S)),
                    new IndexInfo("byType", true, new KeyAttribute("type", AttributeType.S), null)),
            100, 1000, "PAY_PER_REQUEST");
    static final TableInfo EVENTS = new TableInfo("Events", "ACTIVE",
            new KeyAttribute("source", AttributeType.S), new KeyAttribute("ts", AttributeType.N), List.of(), 0, 0, "PAY_PER_REQUEST");

    @Test
    void aPartitionKeyValueMakesAQuery() throws Exception {
        ItemQuery query = ItemQuery.scanAll("App").withPartition(new StringValue("company#acme"),
                SortKeyCondition.of(Operator.BEGINS_WITH, new StringValue("user#")));
        QueryPlan plan = QueryPlan.of(query, APP);
        assertThat(plan.isQuery()).isTrue();
        assertThat(plan.keyCondition()).isEqualTo("#n0 = :v0 AND begins_with(#n1, :v1)");
        QueryRequest request = plan.queryRequest(null, 100, false);
        assertThat(request.expressionAttributeNames()).containsExactly(Map.entry("#n0", "pk"), Map.entry("#n1", "sk"));
        assertThat(request.expressionAttributeValues()).containsEntry(":v0", AttributeValue.fromS("company#acme"));
        assertThat(request.limit()).isEqualTo(100);
        assertThat(request.scanIndexForward()).isTrue();
    }

    @Test
    void usesTheChosenIndexKeys() throws Exception {
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("App").onIndex("GSI1")
                .withPartition(new StringValue("user#joe@email.com"), null), APP);
        assertThat(plan.names()).containsEntry("#n0", "GSI1PK");
        assertThat(plan.queryRequest(null, 10, false).indexName()).isEqualTo("GSI1");
    }

    @Test
    void withoutAPartitionValueItIsAScanWithItsFilter() throws Exception {
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("App")
                .withFilter(List.of(FilterClause.and(Condition.of("status", Operator.EQ, new StringValue("active")))))
                .withProjection(List.of(AttributePath.parse("name"), AttributePath.parse("status"))), APP);
        assertThat(plan.isQuery()).isFalse();
        ScanRequest request = plan.scanRequest(Item.builder().s("pk", "a").s("sk", "b").build(), 50, false, 1, 4);
        assertThat(request.filterExpression()).isEqualTo("#n0 = :v0");
        assertThat(request.projectionExpression()).isEqualTo("#n1, #n0");
        assertThat(request.segment()).isEqualTo(1);
        assertThat(request.totalSegments()).isEqualTo(4);
        assertThat(request.exclusiveStartKey()).containsEntry("pk", AttributeValue.fromS("a"));
    }

    @Test
    void aCountLeavesOutTheProjectionAndTheNamesOnlyItUsed() throws Exception {
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("App")
                .withFilter(List.of(FilterClause.and(Condition.of("status", Operator.EXISTS))))
                .withProjection(List.of(AttributePath.parse("name"))), APP);
        ScanRequest count = plan.scanRequest(null, 1000, true, 0, 1);
        assertThat(count.select()).isEqualTo(Select.COUNT);
        assertThat(count.projectionExpression()).isNull();
        assertThat(count.expressionAttributeNames()).containsOnlyKeys("#n0");
    }

    @Test
    void saysWhatIsWrongBeforeSending() {
        assertProblems(ItemQuery.scanAll("App").withPartition(null, SortKeyCondition.of(Operator.EQ, new StringValue("x"))),
                "Give a value for the partition key pk");
        assertProblems(ItemQuery.scanAll("App").onIndex("byType").withPartition(new StringValue("t"),
                SortKeyCondition.of(Operator.EQ, new StringValue("x"))), "has no sort key");
        assertProblems(ItemQuery.scanAll("App").onIndex("GSI1").withOrder(false, true), "do not support consistent reads");
        assertProblems(ItemQuery.scanAll("App").onIndex("Nope"), "no index named Nope");
        assertProblems(ItemQuery.scanAll("Events").withPartition(NumberValue.of(1), null), "is a string (S), but the value given is a number");
        assertProblems(ItemQuery.scanAll("Events").withPartition(new StringValue("s"),
                SortKeyCondition.of(Operator.BEGINS_WITH, NumberValue.of(1))), "begins with works on string and binary");
        assertProblems(ItemQuery.scanAll("Events").withPartition(new StringValue("s"),
                SortKeyCondition.of(Operator.BETWEEN, NumberValue.of(9), NumberValue.of(1))), "must not be greater");
        assertProblems(ItemQuery.scanAll("Events").withPartition(new StringValue(""), null), "cannot be an empty string");
        assertProblems(ItemQuery.scanAll("Events").withOrder(true, false), "Descending order needs a Query");
        assertProblems(ItemQuery.scanAll("Events").withPartition(new StringValue("s"), null)
                .withFilter(List.of(FilterClause.and(Condition.of("ts", Operator.GT, NumberValue.of(1))))), "cannot use the key attribute ts");
    }

    @Test
    void betweenComparesStringsByTheirBytesLikeDynamoDb() throws Exception {
        // "Z" (0x5A) sorts before "a" (0x61); and U+FFFD before an emoji in UTF-8, though not in UTF-16.
        QueryPlan.of(ItemQuery.scanAll("App").withPartition(new StringValue("p"),
                SortKeyCondition.of(Operator.BETWEEN, new StringValue("Z"), new StringValue("a"))), APP);
        QueryPlan.of(ItemQuery.scanAll("App").withPartition(new StringValue("p"),
                SortKeyCondition.of(Operator.BETWEEN, new StringValue("\uFFFD"), new StringValue("🚀"))), APP);
        assertProblems(ItemQuery.scanAll("App").withPartition(new StringValue("p"),
                SortKeyCondition.of(Operator.BETWEEN, new StringValue("🚀"), new StringValue("\uFFFD"))), "must not be greater");
    }

    @Test
    void theCliCommandIsQuotedForAShell() throws Exception {
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("App").withPartition(new StringValue("it's"), null)
                .withOrder(true, true), APP);
        String command = AwsCliCommand.of(plan, URI.create("http://127.0.0.1:8000"), "us-east-1");
        assertThat(command).isEqualTo(String.join(" \\\n  ",
                "aws dynamodb query",
                "--table-name 'App'",
                "--key-condition-expression '#n0 = :v0'",
                "--expression-attribute-names '{\"#n0\":\"pk\"}'",
                "--expression-attribute-values '{\":v0\":{\"S\":\"it'\\''s\"}}'",
                "--no-scan-index-forward",
                "--consistent-read",
                "--return-consumed-capacity TOTAL",
                "--region 'us-east-1'",
                "--endpoint-url 'http://127.0.0.1:8000'"));
    }

    private static void assertProblems(ItemQuery query, String expected) {
        TableInfo table = query.table().equals("App") ? APP : EVENTS;
        assertThatThrownBy(() -> QueryPlan.of(query, table))
                .isInstanceOfSatisfying(InvalidQueryException.class, e ->
                        assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).contains(expected)));
    }

    @Test
    void narrowingAQueryAddsTheConditionsToEachOfItsOrGroups() throws Exception {
        ItemQuery either = ItemQuery.scanAll("App").withFilter(List.of(
                FilterClause.and(Condition.of("status", Operator.EQ, new StringValue("active"))),
                FilterClause.or(Condition.of("type", Operator.EQ, new StringValue("user"))),
                FilterClause.and(Condition.of("age", Operator.GT, new NumberValue("21")))));
        ItemQuery narrowed = either.narrowedBy(WhereClause.parseAll("name begins_with A; \n email exists", APP));
        // (status OR type AND age) AND name AND email: each OR group gets both conditions.
        assertThat(QueryPlan.of(narrowed, APP).filterExpression()).isEqualTo(
                "(#n0 = :v0 AND begins_with(#n1, :v1) AND attribute_exists(#n2)) OR (#n3 = :v2 AND #n4 > :v3 AND begins_with(#n1, :v4)"
                        + " AND attribute_exists(#n2))");
        assertThat(ItemQuery.scanAll("App").narrowedBy(WhereClause.parseAll(" ; ", APP))).isEqualTo(ItemQuery.scanAll("App"));
        assertThat(QueryPlan.of(ItemQuery.scanAll("App").narrowedBy(WhereClause.parseAll("sk begins_with user#", APP)), APP)
                .filterExpression()).isEqualTo("begins_with(#n0, :v0)");
        assertThatThrownBy(() -> WhereClause.parseAll("status = active; age", APP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'age' is not PATH OPERATOR VALUE");
    }
}
