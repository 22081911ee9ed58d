package dev.dynamodesk.dynamo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.dynamo.IndexInfo;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * DynamoDB's rules for a Query of an index keyed on several attributes, shape by shape: every
 * partition attribute with =; sort attributes from the first, none skipped; = on all but the last
 * one used, which may take a range or begins with. Each refused shape must say what to change.
 */
class MultiAttributeKeyPlanTest {
    private static final KeyAttribute A = new KeyAttribute("a", AttributeType.S);
    private static final KeyAttribute B = new KeyAttribute("b", AttributeType.N);
    private static final KeyAttribute C = new KeyAttribute("c", AttributeType.S);
    private static final KeyAttribute D = new KeyAttribute("d", AttributeType.N);
    private static final KeyAttribute E = new KeyAttribute("e", AttributeType.S);
    private static final TableInfo TABLE = new TableInfo("T", "ACTIVE", new KeyAttribute("id", AttributeType.S), null,
            List.of(new IndexInfo("multi", true, A, C, List.of(B), List.of(D, E)),
                    new IndexInfo("partsOnly", true, A, null, List.of(B, new KeyAttribute("f", AttributeType.B)), List.of())),
            0, 0, "PAY_PER_REQUEST");

    private static final DynamoValue X = new StringValue("x");
    private static final DynamoValue TWO = NumberValue.of("2.50");

    private static SortKeyCondition eq(DynamoValue value) {
        return SortKeyCondition.of(Operator.EQ, value);
    }

    private static ItemQuery multi(List<DynamoValue> values, List<SortKeyCondition> sorts) {
        return ItemQuery.scanAll("T").onIndex("multi").withKey(values, sorts);
    }

    private static String keyCondition(ItemQuery query) throws InvalidQueryException {
        return QueryPlan.of(query, TABLE).keyCondition();
    }

    @Test
    void everyPartitionAttributeWithEqualsIsAQuery() throws Exception {
        QueryPlan plan = QueryPlan.of(multi(List.of(X, TWO), List.of()), TABLE);
        assertThat(plan.isQuery()).isTrue();
        assertThat(plan.keyCondition()).isEqualTo("#n0 = :v0 AND #n1 = :v1");
        QueryRequest request = plan.queryRequest(null, 50, false);
        assertThat(request.indexName()).isEqualTo("multi");
        assertThat(request.expressionAttributeNames()).containsExactly(Map.entry("#n0", "a"), Map.entry("#n1", "b"));
        // The number goes as it was typed: 2.50, not 2.5.
        assertThat(request.expressionAttributeValues()).containsExactly(Map.entry(":v0", AttributeValue.fromS("x")),
                Map.entry(":v1", AttributeValue.fromN("2.50")));
    }

    @Test
    void sortAttributesFromTheFirstWithEqualsThenOneRangeAreAccepted() throws Exception {
        assertThat(keyCondition(multi(List.of(X, TWO), List.of(eq(X))))).isEqualTo("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2");
        assertThat(keyCondition(multi(List.of(X, TWO), List.of(SortKeyCondition.of(Operator.LT, X)))))
                .isEqualTo("#n0 = :v0 AND #n1 = :v1 AND #n2 < :v2");
        assertThat(keyCondition(multi(List.of(X, TWO), List.of(SortKeyCondition.of(Operator.BEGINS_WITH, X)))))
                .isEqualTo("#n0 = :v0 AND #n1 = :v1 AND begins_with(#n2, :v2)");
        assertThat(keyCondition(multi(List.of(X, TWO), List.of(eq(X), SortKeyCondition.of(Operator.BETWEEN, NumberValue.of(1),
                NumberValue.of(9)))))).isEqualTo("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2 AND #n3 BETWEEN :v3 AND :v4");
        assertThat(keyCondition(multi(List.of(X, TWO), List.of(eq(X), eq(TWO), SortKeyCondition.of(Operator.GE, X)))))
                .isEqualTo("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2 AND #n3 = :v3 AND #n4 >= :v4");
        assertThat(keyCondition(multi(List.of(X, TWO), List.of(eq(X), eq(TWO), eq(X)))))
                .isEqualTo("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2 AND #n3 = :v3 AND #n4 = :v4");
        assertThat(keyCondition(ItemQuery.scanAll("T").onIndex("partsOnly").withKey(List.of(X, TWO,
                dev.dynamodesk.item.BinaryValue.fromBase64("AAE=")), List.of())))
                .isEqualTo("#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2");
    }

    @Test
    void aScanOfTheIndexNeedsNoKey() throws Exception {
        QueryPlan plan = QueryPlan.of(ItemQuery.scanAll("T").onIndex("multi"), TABLE);
        assertThat(plan.isQuery()).isFalse();
        assertThat(plan.scanRequest(null, 10, false, 0, 1).indexName()).isEqualTo("multi");
    }

    @Test
    void aMissingPartitionValueIsNamed() {
        assertProblem(multi(List.of(X), List.of()), "A Query of the index multi needs a value (=) for every partition-key attribute"
                + " (a (S) + b (N)): b is missing. Give it, or leave every partition value empty to scan.");
        assertProblem(multi(Arrays.asList(null, TWO), List.of()), "(a (S) + b (N)): a is missing");
        assertProblem(ItemQuery.scanAll("T").onIndex("partsOnly").withKey(List.of(X), List.of()), "b, f are missing. Give them");
    }

    @Test
    void sortConditionsWithoutAPartitionAreRefused() {
        assertProblem(multi(List.of(), List.of(eq(X))),
                "Give a value for every partition-key attribute (a (S) + b (N)) to use a sort key condition.");
    }

    @Test
    void aSkippedSortAttributeIsNamed() {
        assertProblem(multi(List.of(X, TWO), Arrays.asList(null, eq(TWO))), "A condition on the sort-key attribute d needs one on c"
                + " first: DynamoDB reads the sort-key attributes (c (S) + d (N) + e (S)) from the first on and none may be skipped."
                + " Add c = …, or leave out the condition on d.");
        assertProblem(multi(List.of(X, TWO), Arrays.asList(eq(X), null, eq(X))), "the sort-key attribute e needs one on d first");
    }

    @Test
    void aRangeBeforeAnotherConditionIsRefused() {
        assertProblem(multi(List.of(X, TWO), List.of(SortKeyCondition.of(Operator.GT, X), eq(TWO))),
                "Only the last sort-key attribute with a condition may use \">\": c does, and d has a condition after it."
                        + " Use = on c, or leave out the condition on d.");
        assertProblem(multi(List.of(X, TWO), List.of(eq(X), SortKeyCondition.of(Operator.BETWEEN, TWO, NumberValue.of(3)), eq(X))),
                "may use \"between\": d does, and e has");
        assertProblem(multi(List.of(X, TWO), List.of(SortKeyCondition.of(Operator.BEGINS_WITH, X), eq(TWO))), "may use \"begins with\"");
    }

    @Test
    void tooManyValuesOrConditionsAreCounted() {
        assertProblem(multi(List.of(X, TWO, X), List.of()), "The index multi has 2 partition-key attributes (a (S) + b (N)),"
                + " but 3 values were given.");
        assertProblem(multi(List.of(X, TWO), List.of(eq(X), eq(TWO), eq(X), eq(X))),
                "The index multi has 3 sort-key attributes (c (S) + d (N) + e (S)), but 4 sort conditions were given.");
        assertProblem(ItemQuery.scanAll("T").onIndex("partsOnly").withKey(List.of(X, TWO, dev.dynamodesk.item.BinaryValue.fromBase64("AA==")),
                List.of(eq(X))), "The index partsOnly has no sort key");
    }

    @Test
    void eachValueMustHaveItsAttributesType() {
        assertProblem(multi(List.of(X, X), List.of()), "The key b is a number (N), but the value given is a string.");
        assertProblem(multi(List.of(new StringValue(""), TWO), List.of()), "The key a cannot be an empty string.");
        assertProblem(multi(List.of(X, TWO), List.of(eq(X), SortKeyCondition.of(Operator.BEGINS_WITH, new StringValue("1")))),
                "begins with works on string and binary sort keys; d is a number.");
        assertProblem(multi(List.of(X, TWO), List.of(eq(X), SortKeyCondition.of(Operator.BETWEEN, NumberValue.of(9), NumberValue.of(1)))),
                "In \"between\" the first value must not be greater than the second.");
    }

    @Test
    void aFilterMayNotUseAnyKeyAttributeOfTheQuery() {
        ItemQuery query = multi(List.of(X, TWO), List.of()).withFilter(List.of(FilterClause.and(Condition.of("e", Operator.EQ, X))));
        assertProblem(query, "A filter cannot use the key attribute e of a Query; put it in the key condition.");
    }

    @Test
    void descendingAndConsistentReadsFollowTheQueryRules() {
        assertProblem(ItemQuery.scanAll("T").onIndex("multi").withOrder(true, false),
                "Descending order needs a Query: give a value for every partition-key attribute (a (S) + b (N)).");
        assertProblem(multi(List.of(X, TWO), List.of()).withOrder(false, true), "Global secondary indexes do not support consistent reads");
    }

    @Test
    void theAwsCliCommandAndSnippetCarryEveryKeyAttribute() throws Exception {
        QueryPlan plan = QueryPlan.of(multi(List.of(X, TWO), List.of(eq(X), SortKeyCondition.of(Operator.GT, NumberValue.of("10.0")))), TABLE);
        String command = AwsCliCommand.of(plan, URI.create("http://localhost:8000"), "eu-west-1");
        assertThat(command).contains("--index-name 'multi'")
                .contains("--key-condition-expression '#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2 AND #n3 > :v3'")
                .contains("\"#n0\":\"a\"").contains("\"#n1\":\"b\"").contains("\"#n2\":\"c\"").contains("\"#n3\":\"d\"")
                .contains("\":v1\":{\"N\":\"2.50\"}").contains("\":v3\":{\"N\":\"10.0\"}");
        var snippet = SnippetRequests.of(plan);
        assertThat(snippet.keyCondition()).isEqualTo(plan.keyCondition());
        assertThat(snippet.names()).containsValues("a", "b", "c", "d");
    }

    private static void assertProblem(ItemQuery query, String expected) {
        assertThatThrownBy(() -> QueryPlan.of(query, TABLE))
                .isInstanceOfSatisfying(InvalidQueryException.class, e ->
                        assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).contains(expected)));
    }
}
