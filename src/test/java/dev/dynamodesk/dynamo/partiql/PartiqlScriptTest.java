package dev.dynamodesk.dynamo.partiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartiqlScriptTest {

    @Test
    void splitsOnSemicolonsOutsideStringsNamesAndComments() {
        String script = "SELECT * FROM t WHERE a = 'x;y';\n-- a note; still a note\nUPDATE \"t;2\" SET b = 1 WHERE a = 'k'\n;\n";
        List<ScriptStatement> statements = PartiqlScript.statements(script);
        assertThat(statements).extracting(ScriptStatement::text)
                .containsExactly("SELECT * FROM t WHERE a = 'x;y'", "UPDATE \"t;2\" SET b = 1 WHERE a = 'k'");
        ScriptStatement second = statements.get(1);
        assertThat(script.substring(second.start(), second.end())).isEqualTo(second.text());
    }

    @Test
    void commentsAreBlankedKeepingPositionsAndLines() {
        String script = "SELECT * /* pick\nall */ FROM t -- end";
        ScriptStatement statement = PartiqlScript.statements(script).get(0);
        assertThat(statement.text()).isEqualTo("SELECT *        \n       FROM t");
        assertThat(statement.text().indexOf("FROM")).isEqualTo(script.indexOf("FROM"));
    }

    @Test
    void blankAndCommentOnlyStretchesAreNoStatements() {
        assertThat(PartiqlScript.statements(" ; -- nothing\n ;; /* x */")).isEmpty();
        assertThat(PartiqlScript.statementAt("", 0)).isEmpty();
    }

    @Test
    void theStatementUnderTheCaret() {
        String script = "SELECT 1 FROM a;\nSELECT 2 FROM b;  \n\nSELECT 3 FROM c";
        assertThat(PartiqlScript.statementAt(script, 3).orElseThrow().text()).isEqualTo("SELECT 1 FROM a");
        // Right after a semicolon, on the same line: still that statement.
        assertThat(PartiqlScript.statementAt(script, script.indexOf("b;") + 4).orElseThrow().text()).isEqualTo("SELECT 2 FROM b");
        // On the blank line before the third: the third.
        assertThat(PartiqlScript.statementAt(script, script.indexOf("\n\n") + 1).orElseThrow().text()).isEqualTo("SELECT 3 FROM c");
        assertThat(PartiqlScript.statementAt(script, script.length()).orElseThrow().text()).isEqualTo("SELECT 3 FROM c");
    }

    @Test
    void shapeNamesKindTableIndexParametersAndCondition() {
        StatementShape select = StatementShape.of("SELECT a, b FROM \"Orders\".\"byStatus\" WHERE status = ? AND total > ? ORDER BY a");
        assertThat(select.kind()).isEqualTo(StatementShape.Kind.SELECT);
        assertThat(select.table().name()).isEqualTo("Orders");
        assertThat(select.index().name()).isEqualTo("byStatus");
        assertThat(select.parameterCount()).isEqualTo(2);
        assertThat(select.condition()).extracting(Token::text).containsExactly("status", "=", "?", "AND", "total", ">", "?");

        StatementShape delete = StatementShape.of("delete from Orders where pk = 'a' returning all old *");
        assertThat(delete.kind()).isEqualTo(StatementShape.Kind.DELETE);
        assertThat(delete.table().name()).isEqualTo("Orders");
        assertThat(delete.returning()).isTrue();
        assertThat(delete.condition()).extracting(Token::text).containsExactly("pk", "=", "'a'");

        assertThat(StatementShape.of("INSERT INTO \"Orders\" VALUE {'pk': ?}").table().name()).isEqualTo("Orders");
        assertThat(StatementShape.of("UPDATE Orders SET x = 1 WHERE pk = 'a'").table()).extracting(StatementShape.NameRef::name,
                StatementShape.NameRef::start).containsExactly("Orders", 7);
        StatementShape exists = StatementShape.of("EXISTS(SELECT * FROM Orders WHERE pk = 'a' AND total > 5)");
        assertThat(exists.kind()).isEqualTo(StatementShape.Kind.EXISTS);
        assertThat(exists.table().name()).isEqualTo("Orders");
        assertThat(exists.condition()).extracting(Token::text).endsWith("total", ">", "5");
        assertThat(StatementShape.of("SELEC * FROM t").kind()).isEqualTo(StatementShape.Kind.UNKNOWN);
        assertThat(StatementShape.Kind.UNKNOWN.writes()).isTrue();
    }
}
