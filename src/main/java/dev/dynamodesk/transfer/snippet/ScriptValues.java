package dev.dynamodesk.transfer.snippet;

import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * DynamoDB values as Python or JavaScript literals in the SDKs' low-level shape
 * ({@code {"N": "12.5"}}, {@code {"SS": ["a"]}}): the languages differ only in how a string, a
 * boolean and bytes are written.
 */
final class ScriptValues {
    /** How one language writes the leaves. */
    interface Syntax {
        String string(String text);

        String bool(boolean value);

        /** An expression for the bytes of a base64 text. */
        String bytes(String base64);
    }

    private ScriptValues() {
    }

    /**
     * The fields of a Query or Scan request as (name, value) pairs, named as both SDKs name them
     * (TableName, KeyConditionExpression...), the values written in the language's syntax.
     */
    static List<String[]> readFields(SnippetRequest.Read read, Syntax syntax, String indent) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"TableName", syntax.string(read.table())});
        if (read.index() != null) {
            fields.add(new String[] {"IndexName", syntax.string(read.index())});
        }
        if (read.keyCondition() != null) {
            fields.add(new String[] {"KeyConditionExpression", syntax.string(read.keyCondition())});
        }
        if (read.filter() != null) {
            fields.add(new String[] {"FilterExpression", syntax.string(read.filter())});
        }
        if (read.projection() != null) {
            fields.add(new String[] {"ProjectionExpression", syntax.string(read.projection())});
        }
        if (!read.names().isEmpty()) {
            fields.add(new String[] {"ExpressionAttributeNames", "{" + new TreeMap<>(read.names()).entrySet().stream()
                    .map(entry -> syntax.string(entry.getKey()) + ": " + syntax.string(entry.getValue()))
                    .collect(Collectors.joining(", ")) + "}"});
        }
        if (!read.values().isEmpty()) {
            fields.add(new String[] {"ExpressionAttributeValues", attributes(new TreeMap<>(read.values()), syntax, indent)});
        }
        if (read.consistentRead()) {
            fields.add(new String[] {"ConsistentRead", syntax.bool(true)});
        }
        if (read.descending()) {
            fields.add(new String[] {"ScanIndexForward", syntax.bool(false)});
        }
        return fields;
    }

    /**
     * A double-quoted string literal for Java or Python: backslash escapes for quotes, backslashes
     * and line breaks; other control characters as {@code control} writes them.
     */
    static String quoted(String text, java.util.function.IntFunction<String> control) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    String escaped = control.apply(c);
                    if (escaped != null) {
                        out.append(escaped);
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** A map of attributes, one per line, indented by {@code indent} (the closing brace one level less). */
    static String attributes(Map<String, DynamoValue> attributes, Syntax syntax, String indent) {
        if (attributes.isEmpty()) {
            return "{}";
        }
        String inner = attributes.entrySet().stream()
                .map(entry -> indent + syntax.string(entry.getKey()) + ": " + value(entry.getValue(), syntax) + ",")
                .collect(Collectors.joining("\n"));
        return "{\n" + inner + "\n" + indent.substring(4) + "}";
    }

    static String value(DynamoValue value, Syntax syntax) {
        if (value instanceof StringValue s) {
            return typed("S", syntax.string(s.value()), syntax);
        }
        if (value instanceof NumberValue n) {
            return typed("N", syntax.string(n.text()), syntax);
        }
        if (value instanceof BinaryValue b) {
            return typed("B", syntax.bytes(b.toBase64()), syntax);
        }
        if (value instanceof BoolValue b) {
            return typed("BOOL", syntax.bool(b.value()), syntax);
        }
        if (value instanceof NullValue) {
            return typed("NULL", syntax.bool(true), syntax);
        }
        if (value instanceof MapValue m) {
            return typed("M", "{" + m.entries().entrySet().stream()
                    .map(entry -> syntax.string(entry.getKey()) + ": " + value(entry.getValue(), syntax))
                    .collect(Collectors.joining(", ")) + "}", syntax);
        }
        if (value instanceof ListValue l) {
            return typed("L", list(l.elements().stream().map(element -> value(element, syntax)).toList()), syntax);
        }
        if (value instanceof StringSetValue ss) {
            return typed("SS", list(ss.members().stream().map(syntax::string).toList()), syntax);
        }
        if (value instanceof NumberSetValue ns) {
            return typed("NS", list(ns.members().stream().map(n -> syntax.string(n.text())).toList()), syntax);
        }
        BinarySetValue bs = (BinarySetValue) value;
        return typed("BS", list(bs.members().stream().map(b -> syntax.bytes(b.toBase64())).toList()), syntax);
    }

    private static String typed(String type, String inner, Syntax syntax) {
        return "{" + syntax.string(type) + ": " + inner + "}";
    }

    private static String list(List<String> elements) {
        return "[" + String.join(", ", elements) + "]";
    }
}
