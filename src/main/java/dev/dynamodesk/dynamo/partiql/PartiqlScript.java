package dev.dynamodesk.dynamo.partiql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A console script: statements separated by semicolons (outside strings, names and comments). */
public final class PartiqlScript {
    private PartiqlScript() {
    }

    /** The statements of {@code script} in order; stretches holding only comments or blanks are not statements. */
    public static List<ScriptStatement> statements(String script) {
        List<Token> tokens = PartiqlLexer.tokens(script);
        List<ScriptStatement> statements = new ArrayList<>();
        int segmentStart = 0;
        int firstToken = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isPunctuation(";")) {
                add(statements, script, tokens.subList(firstToken, i), segmentStart, token.start());
                segmentStart = token.end();
                firstToken = i + 1;
            }
        }
        add(statements, script, tokens.subList(firstToken, tokens.size()), segmentStart, script.length());
        return statements;
    }

    /**
     * The statement the caret is in. A caret in the blank after a statement's semicolon, or after
     * the last statement, still means that statement, as it does for anyone typing one line at a time.
     */
    public static Optional<ScriptStatement> statementAt(String script, int caret) {
        ScriptStatement before = null;
        for (ScriptStatement statement : statements(script)) {
            if (caret < statement.start()) {
                // In the gap before this statement: the one before, if the gap is on its line, else this one.
                if (before != null && !script.substring(before.end(), caret).contains("\n")) {
                    return Optional.of(before);
                }
                return Optional.of(statement);
            }
            if (caret <= statement.end()) {
                return Optional.of(statement);
            }
            before = statement;
        }
        return Optional.ofNullable(before);
    }

    private static void add(List<ScriptStatement> statements, String script, List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder(script.substring(from, to));
        boolean meaningful = false;
        for (Token token : tokens) {
            if (token.kind() == TokenKind.COMMENT) {
                for (int i = token.start(); i < token.end(); i++) {
                    if (text.charAt(i - from) != '\n') {
                        text.setCharAt(i - from, ' ');
                    }
                }
            } else {
                meaningful = true;
            }
        }
        if (!meaningful) {
            return;
        }
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        int trail = text.length();
        while (trail > lead && Character.isWhitespace(text.charAt(trail - 1))) {
            trail--;
        }
        statements.add(new ScriptStatement(from + lead, from + trail, text.substring(lead, trail), from + lead));
    }
}
