package dev.dynamodesk.dynamo.partiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartiqlLexerTest {

    private static List<TokenKind> kinds(String text) {
        return PartiqlLexer.tokens(text).stream().map(Token::kind).toList();
    }

    @Test
    void readsEveryKindOfToken() {
        assertThat(kinds("SELECT \"my table\".x, 'it''s', -1.5e3, ? FROM t WHERE begins_with(a, `ion`) -- done"))
                .containsExactly(TokenKind.KEYWORD, TokenKind.QUOTED_IDENTIFIER, TokenKind.PUNCTUATION, TokenKind.IDENTIFIER,
                        TokenKind.PUNCTUATION, TokenKind.STRING, TokenKind.PUNCTUATION, TokenKind.OPERATOR, TokenKind.NUMBER,
                        TokenKind.PUNCTUATION, TokenKind.PARAMETER, TokenKind.KEYWORD, TokenKind.IDENTIFIER, TokenKind.KEYWORD,
                        TokenKind.FUNCTION, TokenKind.PUNCTUATION, TokenKind.IDENTIFIER, TokenKind.PUNCTUATION, TokenKind.ION,
                        TokenKind.PUNCTUATION, TokenKind.COMMENT);
    }

    @Test
    void doubledQuotesStayInsideAndNamesLoseTheirQuotes() {
        List<Token> tokens = PartiqlLexer.tokens("'a''b' \"say \"\"hi\"\"\"");
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(0).stringValue()).isEqualTo("a'b");
        assertThat(tokens.get(1).name()).isEqualTo("say \"hi\"");
    }

    @Test
    void somethingLeftOpenRunsToTheEndAndSaysSo() {
        Token open = PartiqlLexer.tokens("SELECT * FROM t WHERE a = 'unfinished; b").get(7);
        assertThat(open.kind()).isEqualTo(TokenKind.STRING);
        assertThat(open.closed()).isFalse();
        assertThat(open.text()).isEqualTo("'unfinished; b");
        assertThat(PartiqlLexer.tokens("/* never closed").get(0).closed()).isFalse();
    }

    @Test
    void aFunctionNameIsAFunctionOnlyBeforeAParenthesis() {
        assertThat(kinds("size (a) size")).containsExactly(TokenKind.FUNCTION, TokenKind.PUNCTUATION,
                TokenKind.IDENTIFIER, TokenKind.PUNCTUATION, TokenKind.IDENTIFIER);
    }

    @Test
    void bagBracketsAndComparisonsAreTold() {
        assertThat(PartiqlLexer.tokens("<<'a'>> <> <= >= != ||").stream().map(Token::text).toList())
                .containsExactly("<<", "'a'", ">>", "<>", "<=", ">=", "!=", "||");
    }

    @Test
    void keywordsInAnyCaseAndNonAsciiNamesAndStrayCharacters() {
        List<Token> tokens = PartiqlLexer.tokens("select Größe from t € ;");
        assertThat(tokens.get(0).kind()).isEqualTo(TokenKind.KEYWORD);
        assertThat(tokens.get(1).kind()).isEqualTo(TokenKind.IDENTIFIER);
        assertThat(tokens.get(1).text()).isEqualTo("Größe");
        assertThat(tokens.get(4).kind()).isEqualTo(TokenKind.UNKNOWN);
        assertThat(tokens.get(5).isPunctuation(";")).isTrue();
    }

    @Test
    void positionsCoverTheText() {
        String text = "UPDATE t SET a = 1";
        for (Token token : PartiqlLexer.tokens(text)) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        }
    }

    @Test
    void stylesAreGivenByKindAndOpenOnesAreMarked() {
        assertThat(PartiqlStyler.runs("SELECT 'x"))
                .containsExactly(new PartiqlStyler.StyleRun(0, 6, "pq-keyword"), new PartiqlStyler.StyleRun(7, 9, "pq-string-open"));
        assertThat(PartiqlStyler.runs("a.b , c")).isEmpty();
    }

    @Test
    void aLongScriptIsStyledQuickly() {
        String line = "SELECT * FROM \"Events\" WHERE pk = 'device#42' AND begins_with(sk, '2024-') -- a note\n";
        String script = line.repeat(5_000);
        long started = System.nanoTime();
        List<PartiqlStyler.StyleRun> runs = PartiqlStyler.runs(script);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(runs).hasSize(5_000 * 11);
        System.out.println("Styled 5,000 lines in " + millis + " ms");
    }
}
