package dev.dynamodesk.dynamo.partiql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words of DynamoDB's PartiQL: keywords and functions, with what each function does. */
public final class PartiqlWords {
    /** Words PartiQL reserves; they are highlighted and offered by completion. */
    public static final Set<String> KEYWORDS = Set.of(
            "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "IS", "NULL", "MISSING", "BETWEEN",
            "INSERT", "INTO", "VALUE", "UPDATE", "SET", "REMOVE", "DELETE", "RETURNING", "ALL", "OLD", "NEW",
            "MODIFIED", "ORDER", "BY", "ASC", "DESC", "EXISTS", "TRUE", "FALSE");

    /** Statement starts, in the order completion offers them at the start of a statement. */
    public static final Map<String, String> STATEMENT_TEMPLATES = templates();

    /** Functions DynamoDB's PartiQL knows, with a one-line description for completion. */
    public static final Map<String, String> FUNCTIONS = functions();

    private PartiqlWords() {
    }

    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
    }

    public static boolean isFunction(String word) {
        return FUNCTIONS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> functions() {
        Map<String, String> functions = new LinkedHashMap<>();
        functions.put("begins_with", "begins_with(path, 'prefix'): a string or binary starts with a value");
        functions.put("contains", "contains(path, value): a string holds a substring, a set or list a member");
        functions.put("attribute_type", "attribute_type(path, 'S'): the attribute has this DynamoDB type");
        functions.put("size", "size(path): length of a string or binary, member count of a set, list or map");
        functions.put("exists", "EXISTS(SELECT ...): a condition check inside a transaction");
        functions.put("list_append", "list_append(list, [values]): a list with values added (UPDATE ... SET)");
        functions.put("set_add", "set_add(set, <<values>>): a set with members added (UPDATE ... SET)");
        functions.put("set_delete", "set_delete(set, <<values>>): a set with members removed (UPDATE ... SET)");
        return Collections.unmodifiableMap(functions);
    }

    private static Map<String, String> templates() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("SELECT", "SELECT * FROM ");
        templates.put("INSERT", "INSERT INTO ");
        templates.put("UPDATE", "UPDATE ");
        templates.put("DELETE", "DELETE FROM ");
        templates.put("EXISTS", "EXISTS(SELECT * FROM ");
        return Collections.unmodifiableMap(templates);
    }
}
