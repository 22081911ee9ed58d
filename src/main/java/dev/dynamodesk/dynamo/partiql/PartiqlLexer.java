package dev.dynamodesk.dynamo.partiql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits PartiQL text into tokens. It never fails: text it cannot make sense of becomes
 * {@link TokenKind#UNKNOWN} tokens, and a string or comment left open runs to the end of the text
 * (marked not {@code closed}), so the editor can highlight and the checks can point at it while the
 * user is still typing. Whitespace is skipped; positions are offsets into the text.
 */
public final class PartiqlLexer {
    private static final String[] OPERATORS = {"<>", "!=", "<=", ">=", "||", "=", "<", ">", "+", "-", "*", "/", "%"};

    private final String text;
    private int position;

    private PartiqlLexer(String text) {
        this.text = text;
    }

    public static List<Token> tokens(String text) {
        return new PartiqlLexer(text).all();
    }

    /** The tokens without comments: what the statement means. */
    public static List<Token> meaningful(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Token token : tokens(text)) {
            if (token.kind() != TokenKind.COMMENT) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            if (position >= text.length()) {
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = position;
        char c = text.charAt(position);
        if (c == '-' && peek(1) == '-') {
            int end = text.indexOf('\n', position);
            position = end < 0 ? text.length() : end;
            return token(TokenKind.COMMENT, start, true);
        }
        if (c == '/' && peek(1) == '*') {
            int end = text.indexOf("*/", position + 2);
            position = end < 0 ? text.length() : end + 2;
            return token(TokenKind.COMMENT, start, end >= 0);
        }
        if (c == '\'') {
            return quoted(TokenKind.STRING, '\'');
        }
        if (c == '"') {
            return quoted(TokenKind.QUOTED_IDENTIFIER, '"');
        }
        if (c == '`') {
            int end = text.indexOf('`', position + 1);
            position = end < 0 ? text.length() : end + 1;
            return token(TokenKind.ION, start, end >= 0);
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            return number();
        }
        if (c == '?') {
            position++;
            return token(TokenKind.PARAMETER, start, true);
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            return word();
        }
        if ((c == '<' && peek(1) == '<') || (c == '>' && peek(1) == '>')) {
            position += 2;
            return token(TokenKind.PUNCTUATION, start, true);
        }
        for (String operator : OPERATORS) {
            if (text.startsWith(operator, position)) {
                position += operator.length();
                return token(TokenKind.OPERATOR, start, true);
            }
        }
        position += Character.charCount(text.codePointAt(position));
        return token("()[]{},.;:".indexOf(c) >= 0 ? TokenKind.PUNCTUATION : TokenKind.UNKNOWN, start, true);
    }

    /** A string or quoted name: a doubled quote inside stands for one quote. */
    private Token quoted(TokenKind kind, char quote) {
        int start = position;
        position++;
        while (position < text.length()) {
            if (text.charAt(position) == quote) {
                if (peek(1) == quote) {
                    position += 2;
                    continue;
                }
                position++;
                return token(kind, start, true);
            }
            position++;
        }
        return token(kind, start, false);
    }

    private Token number() {
        int start = position;
        digits();
        if (peek(0) == '.') {
            position++;
            digits();
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (Character.isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && Character.isDigit(peek(2))))) {
            position += 2;
            digits();
        }
        return token(TokenKind.NUMBER, start, true);
    }

    private void digits() {
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
    }

    private Token word() {
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
                break;
            }
            position++;
        }
        String word = text.substring(start, position);
        TokenKind kind;
        if (PartiqlWords.isFunction(word) && nextNonSpace() == '(') {
            kind = TokenKind.FUNCTION;
        } else if (PartiqlWords.isKeyword(word)) {
            kind = TokenKind.KEYWORD;
        } else {
            kind = TokenKind.IDENTIFIER;
        }
        return token(kind, start, true);
    }

    private char nextNonSpace() {
        int at = position;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length() ? text.charAt(at) : 0;
    }

    private char peek(int ahead) {
        int at = position + ahead;
        return at < text.length() ? text.charAt(at) : 0;
    }

    private Token token(TokenKind kind, int start, boolean closed) {
        return new Token(kind, start, position, text.substring(start, position), closed);
    }
}
