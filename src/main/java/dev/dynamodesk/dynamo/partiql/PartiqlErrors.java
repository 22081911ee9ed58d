package dev.dynamodesk.dynamo.partiql;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Turns what the server says about a statement into plain words and a place in the statement.
 * DynamoDB's messages rarely say where ("Statement wasn't well formed, can't be processed"), so
 * the place is found here: a string left open, a bracket never closed, a statement that ends on
 * AND, the table or index the message is about.
 */
public final class PartiqlErrors {
    private static final Pattern SERVER_POSITION = Pattern.compile("at (\\d+):(\\d+)(?::(\\d+))?");
    /** Words and marks a statement cannot end on. */
    private static final Set<String> NEEDS_MORE = Set.of("AND", "OR", "NOT", "WHERE", "FROM", "INTO", "SET", "REMOVE",
            "VALUE", "IN", "BETWEEN", "IS", "BY", "SELECT", "UPDATE", "DELETE", "INSERT", "=", "<>", "!=", "<", "<=",
            ">", ">=", ",", ".", "+", "-", "*", "/", "||");

    private PartiqlErrors() {
    }

    /** Checks made before sending: parameter count against the {@code ?} marks. */
    public static void checkBeforeSending(BoundStatement statement) {
        StatementShape shape = statement.shape();
        int marks = shape.parameterCount();
        int values = statement.parameters().size();
        if (marks != values) {
            List<Token> parameters = shape.parameters();
            Token at = values < marks ? parameters.get(values) : null;
            throw new PartiqlException("The statement has " + count(marks, "? parameter") + " but "
                    + count(values, "value") + (values == 1 ? " was" : " were") + " given.",
                    at == null ? -1 : at.start(), 1, "", null);
        }
    }

    /** The explanation of a refusal by the server, pointing into the statement where it can. */
    public static PartiqlException explain(AwsServiceException error, BoundStatement statement,
            Supplier<Collection<String>> tables) {
        String code = error.awsErrorDetails() == null ? "" : String.valueOf(error.awsErrorDetails().errorCode());
        String message = error.awsErrorDetails() == null || error.awsErrorDetails().errorMessage() == null
                ? String.valueOf(error.getMessage()) : error.awsErrorDetails().errorMessage();
        StatementShape shape = statement.shape();
        String lower = message.toLowerCase(Locale.ROOT);

        if (notSupported(code, lower, error.statusCode())) {
            return new PartiqlException("This endpoint does not support PartiQL (ExecuteStatement). Use the table "
                    + "browser's Scan and Query instead.", -1, 0, message, error);
        }
        if (code.startsWith("DuplicateItem")) {
            return new PartiqlException("An item with this key already exists. INSERT never replaces an item: "
                    + "use UPDATE to change it, or DELETE it first.", keyPosition(shape), 1, message, error);
        }
        if (code.equals("ConditionalCheckFailedException")) {
            String explanation = shape.kind() == StatementShape.Kind.UPDATE
                    ? "Nothing was updated: no item has this key (UPDATE changes existing items only; INSERT creates "
                            + "them), or a condition in the WHERE clause was false for it."
                    : "Nothing was deleted: the item exists, but a condition in the WHERE clause was false for it.";
            return at(explanation, shape.whereKeyword(), message, error);
        }
        if (code.equals("ResourceNotFoundException") || lower.contains("non-existent table")) {
            StatementShape.NameRef table = shape.table();
            String name = table == null ? "" : table.name();
            java.util.Collection<String> known = knownTables(tables);
            if (!name.isEmpty() && known.contains(name)) {
                // The table is there: what is missing is something else (an index, or the table is
                // still being created). Say what the server said rather than deny the table.
                StatementShape.NameRef index = shape.index();
                String what = index != null ? "The table \"" + name + "\" exists, but the server found no index \"" + index.name()
                        + "\" on it (index names are case-sensitive)." : "The table \"" + name + "\" exists, but the server did not find it"
                        + " for this statement (is it still being created?).";
                return new PartiqlException(what + " The server said: " + firstSentence(message),
                        index != null ? index.start() : table.start(),
                        index != null ? index.end() - index.start() : table.end() - table.start(), message, error);
            }
            String suggestion = closeName(name, known).map(other -> " Did you mean " + other + "? Names are case-sensitive.")
                    .orElse("");
            return new PartiqlException("There is no table " + (name.isEmpty() ? "by that name" : "\"" + name + "\"")
                    + " on this connection." + suggestion, table == null ? -1 : table.start(),
                    table == null ? 0 : table.end() - table.start(), message, error);
        }
        if (lower.contains("does not have the specified index")) {
            StatementShape.NameRef index = shape.index();
            return new PartiqlException("The table " + (shape.table() == null ? "" : "\"" + shape.table().name() + "\" ")
                    + "has no index " + (index == null ? "by that name" : "\"" + index.name() + "\"") + ".",
                    index == null ? -1 : index.start(), index == null ? 0 : index.end() - index.start(), message, error);
        }
        if (lower.contains("number of parameters")) {
            return new PartiqlException("The number of values does not match the statement's " + shape.parameterCount()
                    + " ? parameter(s).", -1, 0, message, error);
        }
        if (lower.contains("mandatory equality on all key attributes")) {
            return at("UPDATE and DELETE change one item: the WHERE clause must give every key attribute with =.",
                    shape.whereKeyword(), message, error);
        }
        if (lower.contains("exists can only be used")) {
            return new PartiqlException("EXISTS works only inside a transaction with writes: select the statements "
                    + "and use Run as transaction.", 0, 6, message, error);
        }
        if (lower.contains("item keys contains duplicates")) {
            return new PartiqlException("A batch or transaction cannot touch the same item twice: run those statements "
                    + "one by one.", -1, 0, message, error);
        }
        Matcher place = SERVER_POSITION.matcher(message);
        if (place.find()) {
            int offset = offsetOf(statement.text(), Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2)));
            int length = place.group(3) == null ? 1 : Integer.parseInt(place.group(3));
            return new PartiqlException(firstSentence(message), offset, length, message, error);
        }
        if (lower.contains("wasn't well formed") || lower.contains("unexpected")) {
            Optional<Problem> problem = syntaxProblem(shape.tokens(), statement.text());
            String explanation = "The statement is not valid PartiQL"
                    + problem.map(found -> ": " + found.what()).orElse(".");
            return new PartiqlException(explanation, problem.map(Problem::position).orElse(-1),
                    problem.map(Problem::length).orElse(0), message, error);
        }
        return new PartiqlException(firstSentence(message), -1, 0, message, error);
    }

    /** A likely cause of a syntax error, found in the tokens. */
    record Problem(String what, int position, int length) {
    }

    static Optional<Problem> syntaxProblem(List<Token> tokens, String text) {
        for (Token token : PartiqlLexer.tokens(text)) {
            if (!token.closed()) {
                String what = switch (token.kind()) {
                    case STRING -> "this string is never closed with '";
                    case QUOTED_IDENTIFIER -> "this quoted name is never closed with \"";
                    case ION -> "this Ion literal is never closed with `";
                    default -> "this comment is never closed with */";
                };
                return Optional.of(new Problem(what, token.start(), 1));
            }
        }
        Deque<Token> open = new ArrayDeque<>();
        for (Token token : tokens) {
            if (token.kind() != TokenKind.PUNCTUATION) {
                continue;
            }
            String mark = token.text();
            if (List.of("(", "[", "{", "<<").contains(mark)) {
                open.push(token);
            } else if (List.of(")", "]", "}", ">>").contains(mark)) {
                if (open.isEmpty() || !closes(open.peek().text(), mark)) {
                    return Optional.of(new Problem("\"" + mark + "\" closes nothing that is open here", token.start(), mark.length()));
                }
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            Token unclosed = open.peek();
            return Optional.of(new Problem("\"" + unclosed.text() + "\" is never closed", unclosed.start(), unclosed.text().length()));
        }
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Token first = tokens.get(0);
        if (StatementShape.of(text).kind() == StatementShape.Kind.UNKNOWN) {
            return Optional.of(new Problem("a statement starts with SELECT, INSERT, UPDATE, DELETE or EXISTS, not \""
                    + first.text() + "\"", first.start(), first.end() - first.start()));
        }
        Token last = tokens.get(tokens.size() - 1);
        if (NEEDS_MORE.contains(last.upper())) {
            return Optional.of(new Problem("it ends on \"" + last.text() + "\", which needs something after it",
                    last.start(), last.end() - last.start()));
        }
        return Optional.empty();
    }

    private static boolean closes(String open, String close) {
        return (open.equals("(") && close.equals(")")) || (open.equals("[") && close.equals("]"))
                || (open.equals("{") && close.equals("}")) || (open.equals("<<") && close.equals(">>"));
    }

    private static boolean notSupported(String code, String lower, int status) {
        return code.equals("UnknownOperationException") || lower.contains("unknown operation")
                || lower.contains("not supported") && lower.contains("executestatement")
                || status == 404 || status == 501;
    }

    private static PartiqlException at(String explanation, Token token, String message, Throwable error) {
        return new PartiqlException(explanation, token == null ? -1 : token.start(),
                token == null ? 0 : token.end() - token.start(), message, error);
    }

    private static int keyPosition(StatementShape shape) {
        for (Token token : shape.tokens()) {
            if (token.isPunctuation("{")) {
                return token.start();
            }
        }
        return -1;
    }

    private static Collection<String> knownTables(Supplier<Collection<String>> tables) {
        try {
            return tables.get();
        } catch (RuntimeException unavailable) {
            // Only for a suggestion: without the list the message is still right.
            return List.of();
        }
    }

    /** A table whose name differs only in case, or by a character or two. */
    static Optional<String> closeName(String name, Collection<String> tables) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (String table : tables) {
            if (table.equalsIgnoreCase(name) && !table.equals(name)) {
                return Optional.of(table);
            }
        }
        for (String table : tables) {
            if (distance(table.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) <= 2 && !table.equals(name)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The offset of 1-based line and column in {@code text}, clamped to the text. */
    static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); l++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                return text.length();
            }
            offset = newline + 1;
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }

    private static String firstSentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
