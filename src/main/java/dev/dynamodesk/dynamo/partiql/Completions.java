package dev.dynamodesk.dynamo.partiql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to offer at the caret: statement starts at the beginning of a statement, table names after
 * FROM/INTO/UPDATE, index names after {@code table.}, attribute names and functions where a
 * condition, projection or assignment goes, keywords elsewhere. Pure: the names come from a
 * {@link Catalog} that knows what has been loaded so far.
 */
public final class Completions {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> BEFORE_TABLE = Set.of("FROM", "INTO", "UPDATE");
    private static final Set<String> BEFORE_ATTRIBUTE = Set.of("WHERE", "AND", "OR", "NOT", "SELECT", "SET", "REMOVE",
            "BY", ",", "(", "=", "<>", "!=", "<", "<=", ">", ">=", "[");
    private static final List<String> AFTER_OPERAND = List.of("AND", "OR", "IN", "BETWEEN", "IS NOT MISSING",
            "IS MISSING", "FROM", "WHERE", "ORDER BY", "SET", "REMOVE", "RETURNING ALL OLD *", "DESC", "ASC");

    /** The names known so far for a connection. Lists may be empty while they load. */
    public interface Catalog {
        List<String> tables();

        List<String> indexes(String table);

        List<String> attributes(String table);
    }

    public enum Kind { STATEMENT, TABLE, INDEX, ATTRIBUTE, FUNCTION, KEYWORD }

    /** One choice: the text to insert, what to show, and a hint. */
    public record Suggestion(String insert, String label, Kind kind, String detail) {
    }

    /** Suggestions replacing the script's text [from, to). */
    public record Completion(int from, int to, List<Suggestion> suggestions) {
    }

    private Completions() {
    }

    public static Completion at(String script, int caret, Catalog catalog) {
        int statementStart = statementStart(script, caret);
        String before = script.substring(statementStart, caret);
        List<Token> tokens = PartiqlLexer.meaningful(before);
        // The word being typed: a plain word, or a quoted name still open.
        Token typing = null;
        if (!tokens.isEmpty()) {
            Token last = tokens.get(tokens.size() - 1);
            boolean touchesCaret = last.end() == before.length();
            if (touchesCaret && (last.kind() == TokenKind.IDENTIFIER || last.kind() == TokenKind.KEYWORD
                    || last.kind() == TokenKind.FUNCTION || (last.kind() == TokenKind.QUOTED_IDENTIFIER && !last.closed()))) {
                typing = last;
                tokens = tokens.subList(0, tokens.size() - 1);
            }
        }
        String prefix = typing == null ? "" : typing.kind() == TokenKind.QUOTED_IDENTIFIER ? typing.name() : typing.text();
        boolean quoted = typing != null && typing.kind() == TokenKind.QUOTED_IDENTIFIER;
        int from = typing == null ? caret : statementStart + typing.start();
        int to = caret + wordRestAfter(script, caret);
        if (quoted && to < script.length() && script.charAt(to) == '"') {
            to++; // the closing quote the editor typed already
        }
        List<Suggestion> choices = choices(tokens, catalog, quoted, before);
        return new Completion(from, to, filter(choices, prefix));
    }

    private static List<Suggestion> choices(List<Token> tokens, Catalog catalog, boolean quoted, String before) {
        List<Suggestion> choices = new ArrayList<>();
        if (tokens.isEmpty()) {
            PartiqlWords.STATEMENT_TEMPLATES.forEach((word, template) ->
                    choices.add(new Suggestion(template, word, Kind.STATEMENT, template.trim() + " …")));
            return choices;
        }
        Token previous = tokens.get(tokens.size() - 1);
        String table = tableOf(tokens);
        if (BEFORE_TABLE.contains(previous.upper()) && previous.kind() == TokenKind.KEYWORD) {
            for (String name : catalog.tables()) {
                choices.add(new Suggestion(name(name, quoted), name, Kind.TABLE, "table"));
            }
            return choices;
        }
        if (previous.isPunctuation(".") && tokens.size() >= 3 && tokens.get(tokens.size() - 2).isName()
                && BEFORE_TABLE.contains(tokens.get(tokens.size() - 3).upper())) {
            String indexed = tokens.get(tokens.size() - 2).name();
            for (String index : catalog.indexes(indexed)) {
                choices.add(new Suggestion(name(index, true), index, Kind.INDEX, "index of " + indexed));
            }
            return choices;
        }
        if (previous.isPunctuation(".")) {
            return choices;
        }
        if (BEFORE_ATTRIBUTE.contains(previous.upper()) || previous.kind() == TokenKind.OPERATOR) {
            if (table != null) {
                for (String attribute : catalog.attributes(table)) {
                    choices.add(new Suggestion(name(attribute, quoted), attribute, Kind.ATTRIBUTE, "attribute of " + table));
                }
            }
            if (!quoted) {
                for (Map.Entry<String, String> function : PartiqlWords.FUNCTIONS.entrySet()) {
                    choices.add(new Suggestion(function.getKey() + "(", function.getKey(), Kind.FUNCTION, function.getValue()));
                }
                for (String word : List.of("NOT", "TRUE", "FALSE", "NULL", "MISSING")) {
                    choices.add(new Suggestion(word, word, Kind.KEYWORD, "keyword"));
                }
            }
            return choices;
        }
        if (!quoted) {
            for (String word : AFTER_OPERAND) {
                choices.add(new Suggestion(word + " ", word, Kind.KEYWORD, "keyword"));
            }
        }
        return choices;
    }

    /** The table the statement is about, once it has been written. */
    private static String tableOf(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (BEFORE_TABLE.contains(tokens.get(i).upper()) && tokens.get(i).kind() == TokenKind.KEYWORD
                    && tokens.get(i + 1).isName()) {
                return tokens.get(i + 1).name();
            }
        }
        return null;
    }

    /** Names that are not plain words, or are keywords, need double quotes. */
    public static String name(String name, boolean quoted) {
        if (!quoted && PLAIN_NAME.matcher(name).matches() && !PartiqlWords.isKeyword(name)) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static List<Suggestion> filter(List<Suggestion> choices, String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        Set<Suggestion> starting = new LinkedHashSet<>();
        Set<Suggestion> containing = new LinkedHashSet<>();
        for (Suggestion choice : choices) {
            String label = choice.label().toLowerCase(Locale.ROOT);
            if (label.startsWith(lower)) {
                starting.add(choice);
            } else if (lower.length() >= 2 && label.contains(lower)) {
                containing.add(choice);
            }
        }
        List<Suggestion> result = new ArrayList<>(starting);
        result.addAll(containing);
        return result;
    }

    private static int statementStart(String script, int caret) {
        int start = 0;
        for (Token token : PartiqlLexer.tokens(script.substring(0, caret))) {
            if (token.isPunctuation(";")) {
                start = token.end();
            }
        }
        return start;
    }

    /** Letters of the word right after the caret, replaced too when a suggestion is taken. */
    private static int wordRestAfter(String script, int caret) {
        int end = caret;
        while (end < script.length() && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_')) {
            end++;
        }
        return end - caret;
    }
}
