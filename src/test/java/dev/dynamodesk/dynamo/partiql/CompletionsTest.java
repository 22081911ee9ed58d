package dev.dynamodesk.dynamo.partiql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.partiql.Completions.Completion;
import dev.dynamodesk.dynamo.partiql.Completions.Kind;
import dev.dynamodesk.dynamo.partiql.Completions.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionsTest {
    private static final Completions.Catalog CATALOG = new Completions.Catalog() {
        @Override
        public List<String> tables() {
            return List.of("Orders", "UserData", "my-table");
        }

        @Override
        public List<String> indexes(String table) {
            return table.equals("Orders") ? List.of("byCustomer", "byStatus") : List.of();
        }

        @Override
        public List<String> attributes(String table) {
            return table.equals("Orders") ? List.of("pk", "sk", "status", "total") : List.of();
        }
    };

    /** Completes at the {@code |} in {@code text}. */
    private static Completion at(String text) {
        int caret = text.indexOf('|');
        return Completions.at(text.replace("|", ""), caret, CATALOG);
    }

    private static List<String> labels(Completion completion) {
        return completion.suggestions().stream().map(Suggestion::label).toList();
    }

    @Test
    void aStatementStartsWithItsKeyword() {
        assertThat(labels(at("|"))).containsExactly("SELECT", "INSERT", "UPDATE", "DELETE", "EXISTS");
        Completion typed = at("SELECT 1 FROM Orders;\nup|");
        assertThat(labels(typed)).containsExactly("UPDATE");
        assertThat(typed.from()).isEqualTo("SELECT 1 FROM Orders;\n".length());
    }

    @Test
    void tablesAfterFromIntoAndUpdateQuotedWhereNeeded() {
        Completion tables = at("SELECT * FROM |");
        assertThat(labels(tables)).containsExactly("Orders", "UserData", "my-table");
        assertThat(tables.suggestions()).extracting(Suggestion::insert).containsExactly("Orders", "UserData", "\"my-table\"");
        assertThat(labels(at("INSERT INTO us|"))).containsExactly("UserData");
        Completion quoted = at("UPDATE \"Ord|\" SET");
        assertThat(quoted.suggestions()).extracting(Suggestion::insert).containsExactly("\"Orders\"");
        assertThat(quoted.from()).isEqualTo(7);
        assertThat(quoted.to()).isEqualTo(12);
    }

    @Test
    void indexesAfterTheTableAndADot() {
        Completion indexes = at("SELECT * FROM \"Orders\".|");
        assertThat(indexes.suggestions()).extracting(Suggestion::insert).containsExactly("\"byCustomer\"", "\"byStatus\"");
        assertThat(labels(at("SELECT * FROM Orders.\"bySt|"))).containsExactly("byStatus");
    }

    @Test
    void attributesAndFunctionsInConditionsProjectionsAndAssignments() {
        Completion where = at("SELECT * FROM Orders WHERE |");
        assertThat(where.suggestions()).filteredOn(s -> s.kind() == Kind.ATTRIBUTE).extracting(Suggestion::label)
                .containsExactly("pk", "sk", "status", "total");
        assertThat(where.suggestions()).filteredOn(s -> s.kind() == Kind.FUNCTION).extracting(Suggestion::label)
                .contains("begins_with", "contains", "size", "exists");
        // "status" is a keyword elsewhere but DynamoDB's PartiQL does not reserve it.
        assertThat(labels(at("SELECT * FROM Orders WHERE pk = 'a' AND st|"))).startsWith("status");
        assertThat(labels(at("UPDATE Orders SET to|"))).containsExactly("total");
        assertThat(labels(at("SELECT pk, |"))).doesNotContain("pk");
        assertThat(labels(at("SELECT * FROM Orders WHERE begins_with(|"))).contains("sk");
    }

    @Test
    void keywordsAfterAnOperandAndNothingAfterAPathDot() {
        assertThat(labels(at("SELECT * FROM Orders WHERE pk = 'a' |"))).contains("AND", "OR", "ORDER BY");
        assertThat(labels(at("SELECT * FROM Orders WHERE pk = 'a' o|"))).containsExactly("OR", "ORDER BY");
        assertThat(at("SELECT * FROM Orders WHERE address.|").suggestions()).isEmpty();
    }

    @Test
    void namesAreQuotedWhenTheyAreKeywordsOrOddlySpelt() {
        assertThat(Completions.name("total", false)).isEqualTo("total");
        assertThat(Completions.name("value", false)).isEqualTo("\"value\"");
        assertThat(Completions.name("a \"b\"", false)).isEqualTo("\"a \"\"b\"\"\"");
    }
}
