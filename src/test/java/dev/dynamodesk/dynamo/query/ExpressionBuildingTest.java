package dev.dynamodesk.dynamo.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ExpressionBuildingTest {
    @ParameterizedTest
    @ValueSource(strings = {"name", "status", "data", "a.b", "with-dash", "#hash", ":colon", "with space",
            "emoji 🚀", "ünïcödé", "UPPER", "size", "attribute_exists", "()", "\"quoted\"", "1starts_with_digit"})
    void everyNameBecomesAPlaceholder(String name) {
        ExpressionContext context = new ExpressionContext();
        String text = Condition.of("`" + name.replace("`", "``") + "`", Operator.EQ, new StringValue("x")).render(context);
        assertThat(text).isEqualTo("#n0 = :v0");
        assertThat(context.names()).containsExactly(java.util.Map.entry("#n0", name));
        assertThat(context.values()).containsExactly(java.util.Map.entry(":v0", AttributeValue.fromS("x")));
    }

    @Test
    void theSameNameReusesItsPlaceholderAndValuesNeverDo() {
        ExpressionContext context = new ExpressionContext();
        String filter = FilterExpression.render(List.of(
                FilterClause.and(Condition.of("status", Operator.EQ, new StringValue("a"))),
                FilterClause.or(Condition.of("status", Operator.EQ, new StringValue("a")))), context);
        assertThat(filter).isEqualTo("#n0 = :v0 OR #n0 = :v1");
        assertThat(context.names()).hasSize(1);
        assertThat(context.values()).hasSize(2);
    }

    @Test
    void rendersEveryOperator() {
        assertRendered(Condition.of("a.b[0].c", Operator.NE, NumberValue.of(1)), "#n0.#n1[0].#n2 <> :v0");
        assertRendered(Condition.of("n", Operator.LT, NumberValue.of(1)), "#n0 < :v0");
        assertRendered(Condition.of("n", Operator.LE, NumberValue.of(1)), "#n0 <= :v0");
        assertRendered(Condition.of("n", Operator.GT, NumberValue.of(1)), "#n0 > :v0");
        assertRendered(Condition.of("n", Operator.GE, NumberValue.of(1)), "#n0 >= :v0");
        assertRendered(Condition.of("n", Operator.BETWEEN, NumberValue.of(1), NumberValue.of(9)), "#n0 BETWEEN :v0 AND :v1");
        assertRendered(Condition.of("s", Operator.BEGINS_WITH, new StringValue("user#")), "begins_with(#n0, :v0)");
        assertRendered(Condition.of("tags", Operator.CONTAINS, new StringValue("x")), "contains(#n0, :v0)");
        assertRendered(Condition.of("x", Operator.EXISTS), "attribute_exists(#n0)");
        assertRendered(Condition.of("x", Operator.NOT_EXISTS), "attribute_not_exists(#n0)");
        assertRendered(Condition.of("x", Operator.TYPE_IS, new StringValue("SS")), "attribute_type(#n0, :v0)");
        assertRendered(Condition.of("level", Operator.IN, new StringValue("WARN"), new StringValue("ERROR")), "#n0 IN (:v0, :v1)");
        assertRendered(new Condition(AttributePath.parse("tags"), Operator.GT, List.of(NumberValue.of(2)), true), "size(#n0) > :v0");
    }

    @Test
    void andBindsTighterThanOrAndTheTextSaysSo() {
        ExpressionContext context = new ExpressionContext();
        String filter = FilterExpression.render(List.of(
                FilterClause.and(Condition.of("a", Operator.EXISTS)),
                FilterClause.and(Condition.of("b", Operator.EXISTS)),
                FilterClause.or(Condition.of("c", Operator.EXISTS)),
                FilterClause.and(Condition.of("d", Operator.EXISTS))), context);
        assertThat(filter).isEqualTo("(attribute_exists(#n0) AND attribute_exists(#n1)) OR "
                + "(attribute_exists(#n2) AND attribute_exists(#n3))");
        assertThat(FilterExpression.render(List.of(FilterClause.and(Condition.of("a", Operator.EXISTS)),
                FilterClause.or(Condition.of("b", Operator.EXISTS))), new ExpressionContext()))
                .isEqualTo("attribute_exists(#n0) OR attribute_exists(#n1)");
    }

    @Test
    void conditionsSayWhatIsWrongBeforeSending() {
        assertThat(Condition.of("n", Operator.BETWEEN, NumberValue.of(1)).problem()).hasValueSatisfying(p -> assertThat(p).contains("needs 2 values"));
        assertThat(Condition.of("n", Operator.IN).problem()).hasValueSatisfying(p -> assertThat(p).contains("between 1 and 100"));
        assertThat(Condition.of("n", Operator.BEGINS_WITH, NumberValue.of(1)).problem()).hasValueSatisfying(p -> assertThat(p).contains("string or binary"));
        assertThat(Condition.of("n", Operator.TYPE_IS, new StringValue("STRING")).problem()).hasValueSatisfying(p -> assertThat(p).contains("one of S, N"));
        assertThat(Condition.of("n", Operator.LT, BoolValue.TRUE).problem()).hasValueSatisfying(p -> assertThat(p).contains("can be ordered"));
        assertThat(Condition.of("n", Operator.BETWEEN, NumberValue.of(1), new StringValue("9")).problem()).hasValueSatisfying(p -> assertThat(p).contains("same type"));
        assertThat(new Condition(AttributePath.parse("t"), Operator.CONTAINS, List.of(NumberValue.of(1)), true).problem()).hasValueSatisfying(p -> assertThat(p).contains("size()"));
        assertThat(new Condition(AttributePath.parse("t"), Operator.GT, List.of(new StringValue("1")), true).problem()).hasValueSatisfying(p -> assertThat(p).contains("is a number"));
        assertThat(Condition.of("n", Operator.EQ, BoolValue.TRUE).problem()).isEmpty();
    }

    private static void assertRendered(Condition condition, String expected) {
        assertThat(condition.problem()).isEmpty();
        assertThat(condition.render(new ExpressionContext())).isEqualTo(expected);
    }

    @Test
    void valuesKeepTheirTypes() {
        ExpressionContext context = new ExpressionContext();
        context.value(new NumberValue("12345678901234567890123456789012345678"));
        assertThat(context.values().get(":v0")).isEqualTo(AttributeValue.fromN("12345678901234567890123456789012345678"));
        assertThat(AttributeValues.toValue(context.values().get(":v0"))).isInstanceOf(NumberValue.class);
    }
}
