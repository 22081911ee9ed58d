package dev.dynamodesk.dynamo.partiql;

import java.util.Locale;

/**
 * One token of PartiQL text: its kind, where it is ({@code start} inclusive, {@code end} exclusive)
 * and its text. {@code closed} is false for a string, quoted name, Ion literal or block comment
 * that runs to the end of the text without its closing mark.
 */
public record Token(TokenKind kind, int start, int end, String text, boolean closed) {

    /** True for a keyword or plain word spelled {@code word}, in any case. */
    public boolean isWord(String word) {
        return (kind == TokenKind.KEYWORD || kind == TokenKind.IDENTIFIER || kind == TokenKind.FUNCTION)
                && text.equalsIgnoreCase(word);
    }

    public boolean isPunctuation(String mark) {
        return kind == TokenKind.PUNCTUATION && text.equals(mark);
    }

    /** A table, index or attribute name: plain or in double quotes. */
    public boolean isName() {
        return kind == TokenKind.IDENTIFIER || kind == TokenKind.QUOTED_IDENTIFIER;
    }

    /**
     * The name this token stands for: a quoted name without its quotes (doubled quotes made
     * single), a plain word as written. Names are case-sensitive in DynamoDB.
     */
    public String name() {
        if (kind == TokenKind.QUOTED_IDENTIFIER) {
            String inner = text.substring(1, closed ? text.length() - 1 : text.length());
            return inner.replace("\"\"", "\"");
        }
        return text;
    }

    /** A string literal's value (quotes removed, doubled quotes made single). */
    public String stringValue() {
        String inner = text.substring(1, closed ? text.length() - 1 : text.length());
        return inner.replace("''", "'");
    }

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
