package dev.dynamodesk.dynamo.partiql;

import java.util.List;

/**
 * What a statement is, read from its tokens without a full grammar: its kind, the table and index it
 * names (with their positions, for pointing at them in an error), its {@code ?} parameters and its
 * WHERE condition. Good enough to guard, warn and explain; the server remains the judge of syntax.
 */
public record StatementShape(Kind kind, NameRef table, NameRef index, int parameterCount, boolean returning,
        Token whereKeyword, List<Token> condition, List<Token> tokens) {

    public enum Kind {
        SELECT, INSERT, UPDATE, DELETE, EXISTS, UNKNOWN;

        /** Whether running it may change data (an unknown statement is treated as one that may). */
        public boolean writes() {
            return this != SELECT && this != EXISTS;
        }
    }

    /** A table or index name as written, and where ([start, end) in the statement text). */
    public record NameRef(String name, int start, int end) {
    }

    public static StatementShape of(String statement) {
        return new ShapeReader(PartiqlLexer.meaningful(statement)).read();
    }

    public boolean hasWhere() {
        return whereKeyword != null;
    }

    /** The parameters' tokens, in order. */
    public List<Token> parameters() {
        return tokens.stream().filter(token -> token.kind() == TokenKind.PARAMETER).toList();
    }

    /** Reads the shape from the meaningful tokens of one statement. */
    private static final class ShapeReader {
        private final List<Token> tokens;

        ShapeReader(List<Token> tokens) {
            this.tokens = tokens;
        }

        StatementShape read() {
            Kind kind = kind();
            int parameters = (int) tokens.stream().filter(token -> token.kind() == TokenKind.PARAMETER).count();
            int tableAt = switch (kind) {
                case SELECT, EXISTS, DELETE -> afterTopLevel("FROM", kind == Kind.EXISTS ? 1 : 0);
                case INSERT -> afterTopLevel("INTO", 0);
                case UPDATE -> 1;
                case UNKNOWN -> -1;
            };
            NameRef table = nameAt(tableAt);
            NameRef index = table != null && kind != Kind.INSERT && isDot(tableAt + 1) ? nameAt(tableAt + 2) : null;
            int depth = kind == Kind.EXISTS ? 1 : 0;
            int where = indexOfWord("WHERE", depth);
            Token whereKeyword = where >= 0 ? tokens.get(where) : null;
            List<Token> condition = List.of();
            if (where >= 0) {
                int stop = firstOf(where + 1, depth, "ORDER", "RETURNING");
                if (kind == Kind.EXISTS) {
                    stop = Math.min(stop, closingOf(0));
                }
                condition = tokens.subList(where + 1, stop);
            }
            boolean returning = indexOfWord("RETURNING", 0) >= 0;
            return new StatementShape(kind, table, index, parameters, returning, whereKeyword, condition, tokens);
        }

        private Kind kind() {
            if (tokens.isEmpty()) {
                return Kind.UNKNOWN;
            }
            Token first = tokens.get(0);
            for (Kind kind : Kind.values()) {
                if (kind != Kind.UNKNOWN && first.isWord(kind.name())) {
                    return kind;
                }
            }
            return Kind.UNKNOWN;
        }

        private int afterTopLevel(String word, int depth) {
            int at = indexOfWord(word, depth);
            return at < 0 ? -1 : at + 1;
        }

        /** The index of {@code word} at bracket depth {@code depth}, or -1. */
        private int indexOfWord(String word, int depth) {
            int level = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                level += change(token);
                if (level == depth && token.isWord(word) && token.kind() != TokenKind.IDENTIFIER) {
                    return i;
                }
            }
            return -1;
        }

        private int firstOf(int from, int depth, String... words) {
            int level = depth;
            for (int i = from; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                level += change(token);
                if (level < depth) {
                    return i;
                }
                for (String word : words) {
                    if (level == depth && token.isWord(word)) {
                        return i;
                    }
                }
            }
            return tokens.size();
        }

        /** The index of the bracket closing the first opening one, or the end. */
        private int closingOf(int from) {
            int level = 0;
            for (int i = from; i < tokens.size(); i++) {
                int change = change(tokens.get(i));
                level += change;
                if (change < 0 && level == 0) {
                    return i;
                }
            }
            return tokens.size();
        }

        private static int change(Token token) {
            if (token.kind() != TokenKind.PUNCTUATION) {
                return 0;
            }
            return switch (token.text()) {
                case "(", "[", "{", "<<" -> 1;
                case ")", "]", "}", ">>" -> -1;
                default -> 0;
            };
        }

        private boolean isDot(int at) {
            return at >= 0 && at < tokens.size() && tokens.get(at).isPunctuation(".");
        }

        private NameRef nameAt(int at) {
            if (at < 0 || at >= tokens.size() || !tokens.get(at).isName()) {
                return null;
            }
            Token token = tokens.get(at);
            return new NameRef(token.name(), token.start(), token.end());
        }
    }
}
