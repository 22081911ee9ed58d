package dev.dynamodesk.dynamo.partiql;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides how PartiQL text is highlighted: a style class per token, nothing for whitespace and
 * plain punctuation. Pure and thread-safe, so the editor runs it in the background.
 */
public final class PartiqlStyler {
    /** A stretch of text [start, end) drawn with {@code styleClass}. */
    public record StyleRun(int start, int end, String styleClass) {
    }

    private PartiqlStyler() {
    }

    /** The styled runs of {@code text} in order; the text between runs is unstyled. */
    public static List<StyleRun> runs(String text) {
        List<StyleRun> runs = new ArrayList<>();
        for (Token token : PartiqlLexer.tokens(text)) {
            String style = styleOf(token);
            if (style != null) {
                runs.add(new StyleRun(token.start(), token.end(), style));
            }
        }
        return runs;
    }

    static String styleOf(Token token) {
        if (!token.closed()) {
            // Still being typed: drawn as what it will be, marked so the user sees it is open.
            return styleOfKind(token.kind()) + "-open";
        }
        return styleOfKind(token.kind());
    }

    private static String styleOfKind(TokenKind kind) {
        return switch (kind) {
            case KEYWORD -> "pq-keyword";
            case FUNCTION -> "pq-function";
            case QUOTED_IDENTIFIER -> "pq-name";
            case STRING -> "pq-string";
            case NUMBER -> "pq-number";
            case PARAMETER -> "pq-parameter";
            case ION -> "pq-ion";
            case OPERATOR -> "pq-operator";
            case COMMENT -> "pq-comment";
            case UNKNOWN -> "pq-unknown";
            case IDENTIFIER, PUNCTUATION -> null;
        };
    }
}
