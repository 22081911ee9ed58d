package dev.dynamodesk.dynamo.partiql;

import java.util.List;
import java.util.Set;

/**
 * Tells whether a SELECT reads the whole table (or index). DynamoDB turns a SELECT into a Query
 * only when its WHERE condition pins the partition key with {@code =} or {@code IN}: pinned on
 * both sides of every OR, on at least one side of an AND, never under NOT. This parses the
 * condition (it does not guess from words in it) and answers "cannot tell" for what it cannot parse.
 */
public final class FullScanCheck {
    public enum Verdict {
        /** Not a SELECT: nothing to warn about. */
        NOT_A_SELECT,
        /** The partition key is pinned: DynamoDB reads only the matching partitions. */
        USES_KEY,
        /** Every item of the table or index is read. */
        FULL_SCAN,
        /** The condition could not be parsed, or the key is unknown: the server will decide. */
        CANNOT_TELL
    }

    /** The verdict and, for a full scan, why in a few words. */
    public record Result(Verdict verdict, String reason) {
    }

    private FullScanCheck() {
    }

    /**
     * @param partitionKey the partition key of the table, or of the index the statement names; null
     *     when it is not known (no such table)
     */
    public static Result check(StatementShape shape, String partitionKey) {
        return check(shape, partitionKey == null ? List.of() : List.of(partitionKey));
    }

    /**
     * The same for an index keyed on several partition attributes: the statement uses the key
     * only when the WHERE clause fixes every one of them (empty list: the keys are not known).
     */
    public static Result check(StatementShape shape, List<String> partitionKeys) {
        if (shape.kind() != StatementShape.Kind.SELECT) {
            return new Result(Verdict.NOT_A_SELECT, "");
        }
        if (partitionKeys.isEmpty()) {
            return new Result(Verdict.CANNOT_TELL, "");
        }
        String what = shape.index() != null ? "index " + shape.index().name() : "table";
        if (!shape.hasWhere()) {
            return new Result(Verdict.FULL_SCAN, "there is no WHERE clause, so every item of the " + what + " is read");
        }
        try {
            boolean pinned = true;
            for (String partitionKey : partitionKeys) {
                pinned &= new ConditionParser(shape.condition(), partitionKey).parse();
            }
            return pinned ? new Result(Verdict.USES_KEY, "")
                    : new Result(Verdict.FULL_SCAN, "the WHERE clause does not fix the partition key "
                            + (partitionKeys.size() == 1 ? partitionKeys.get(0) : "attributes " + String.join(", ", partitionKeys))
                            + " with = or IN on every branch, so every item of the " + what + " is read");
        } catch (IllegalArgumentException unparsed) {
            return new Result(Verdict.CANNOT_TELL, "");
        }
    }

    /**
     * A recursive-descent reader of a WHERE condition that computes one thing: whether it pins
     * the partition key. Throws IllegalArgumentException on text it does not understand.
     */
    private static final class ConditionParser {
        private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%", "||");

        private final List<Token> tokens;
        private final String partitionKey;
        private int position;

        ConditionParser(List<Token> tokens, String partitionKey) {
            this.tokens = tokens;
            this.partitionKey = partitionKey;
        }

        boolean parse() {
            boolean pinned = or();
            if (position != tokens.size()) {
                throw new IllegalArgumentException("unexpected " + tokens.get(position).text());
            }
            return pinned;
        }

        private boolean or() {
            boolean pinned = and();
            while (acceptWord("OR")) {
                pinned &= and();
            }
            return pinned;
        }

        private boolean and() {
            boolean pinned = not();
            while (acceptWord("AND")) {
                pinned |= not();
            }
            return pinned;
        }

        private boolean not() {
            if (acceptWord("NOT")) {
                not();
                return false;
            }
            if (peekPunctuation("(") && !startsOperandInParentheses()) {
                position++;
                boolean pinned = or();
                expectPunctuation(")");
                return pinned;
            }
            return predicate();
        }

        /** {@code (a) = 1} is a parenthesised operand, {@code (a = 1)} a parenthesised condition. */
        private boolean startsOperandInParentheses() {
            int depth = 0;
            for (int i = position; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.isPunctuation("(")) {
                    depth++;
                } else if (token.isPunctuation(")")) {
                    depth--;
                    if (depth == 0) {
                        return i + 1 < tokens.size() && tokens.get(i + 1).kind() == TokenKind.OPERATOR;
                    }
                } else if (depth == 1 && (token.kind() == TokenKind.OPERATOR || token.isWord("AND") || token.isWord("OR")
                        || token.isWord("IN") || token.isWord("IS") || token.isWord("BETWEEN"))) {
                    return false;
                }
            }
            return false;
        }

        private boolean predicate() {
            Operand left = operand();
            if (acceptWord("IS")) {
                acceptWord("NOT");
                if (!acceptWord("MISSING") && !acceptWord("NULL")) {
                    throw new IllegalArgumentException("IS without MISSING or NULL");
                }
                return false;
            }
            boolean negated = acceptWord("NOT");
            if (acceptWord("IN")) {
                operand();
                return !negated && left.isKey;
            }
            if (acceptWord("BETWEEN")) {
                operand();
                expectWord("AND");
                operand();
                return false;
            }
            if (negated) {
                throw new IllegalArgumentException("NOT without IN or BETWEEN");
            }
            if (position < tokens.size() && tokens.get(position).kind() == TokenKind.OPERATOR) {
                String operator = tokens.get(position++).text();
                Operand right = operand();
                return operator.equals("=") && ((left.isKey && right.isValue) || (right.isKey && left.isValue));
            }
            if (left.isCall) {
                return false;
            }
            throw new IllegalArgumentException("a condition needs an operator");
        }

        /** What an operand is, as far as pinning the key goes. */
        private record Operand(boolean isKey, boolean isValue, boolean isCall) {
        }

        private Operand operand() {
            Operand operand = term();
            // Arithmetic and concatenation make a computed value, never the bare key.
            while (position < tokens.size() && isArithmetic(tokens.get(position))) {
                position++;
                term();
                operand = new Operand(false, false, false);
            }
            return operand;
        }

        private static boolean isArithmetic(Token token) {
            return token.kind() == TokenKind.OPERATOR && ARITHMETIC.contains(token.text());
        }

        private Operand term() {
            if (position >= tokens.size()) {
                throw new IllegalArgumentException("the condition ends too soon");
            }
            Token token = tokens.get(position);
            switch (token.kind()) {
                case STRING, NUMBER, PARAMETER, ION -> {
                    position++;
                    return new Operand(false, true, false);
                }
                case KEYWORD -> {
                    if (token.isWord("TRUE") || token.isWord("FALSE") || token.isWord("NULL") || token.isWord("MISSING")) {
                        position++;
                        return new Operand(false, true, false);
                    }
                    throw new IllegalArgumentException("unexpected " + token.text());
                }
                case OPERATOR -> {
                    if (token.text().equals("-") || token.text().equals("+")) {
                        position++;
                        Operand signed = term();
                        return new Operand(false, signed.isValue, false);
                    }
                    throw new IllegalArgumentException("unexpected " + token.text());
                }
                case FUNCTION -> {
                    position++;
                    skipBracketed("(", ")");
                    return new Operand(false, false, true);
                }
                case PUNCTUATION -> {
                    return collection(token);
                }
                case IDENTIFIER, QUOTED_IDENTIFIER -> {
                    return path();
                }
                default -> throw new IllegalArgumentException("unexpected " + token.text());
            }
        }

        private Operand collection(Token token) {
            switch (token.text()) {
                case "[" -> skipBracketed("[", "]");
                case "(" -> skipBracketed("(", ")");
                case "<<" -> skipBracketed("<<", ">>");
                case "{" -> skipBracketed("{", "}");
                default -> throw new IllegalArgumentException("unexpected " + token.text());
            }
            return new Operand(false, true, false);
        }

        /** A name with any {@code .field} and {@code [n]} after it; the key only when it is the bare name. */
        private Operand path() {
            Token first = tokens.get(position++);
            boolean bare = true;
            while (position < tokens.size()) {
                if (peekPunctuation(".") && position + 1 < tokens.size() && tokens.get(position + 1).isName()) {
                    position += 2;
                    bare = false;
                } else if (peekPunctuation("[")) {
                    skipBracketed("[", "]");
                    bare = false;
                } else {
                    break;
                }
            }
            return new Operand(bare && first.name().equals(partitionKey), false, false);
        }

        private void skipBracketed(String open, String close) {
            expectPunctuation(open);
            int depth = 1;
            while (position < tokens.size()) {
                Token token = tokens.get(position++);
                if (token.isPunctuation(open)) {
                    depth++;
                } else if (token.isPunctuation(close)) {
                    depth--;
                    if (depth == 0) {
                        return;
                    }
                }
            }
            throw new IllegalArgumentException(open + " is never closed");
        }

        private boolean acceptWord(String word) {
            if (position < tokens.size() && tokens.get(position).isWord(word)
                    && tokens.get(position).kind() == TokenKind.KEYWORD) {
                position++;
                return true;
            }
            return false;
        }

        private void expectWord(String word) {
            if (!acceptWord(word)) {
                throw new IllegalArgumentException("expected " + word);
            }
        }

        private boolean peekPunctuation(String mark) {
            return position < tokens.size() && tokens.get(position).isPunctuation(mark);
        }

        private void expectPunctuation(String mark) {
            if (!peekPunctuation(mark)) {
                throw new IllegalArgumentException("expected " + mark);
            }
            position++;
        }
    }
}
