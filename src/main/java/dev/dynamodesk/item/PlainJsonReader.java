package dev.dynamodesk.item;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an item edited as plain JSON back into typed values. Plain JSON cannot say "set" or
 * "binary", so the item as it was before the edit decides: an array where a set was stays that
 * set if its members still fit (right type, none repeated), a string where binary was stays binary
 * if it is base64. Where the new value no longer fits, it takes the type JSON says and a note says
 * so. Numbers keep their exact digits.
 */
public final class PlainJsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private PlainJsonReader() {
    }

    /** The item read, and one sentence for each attribute whose original type could not be kept. */
    public record Outcome(Item item, List<String> notes) {
    }

    /** A parsed JSON value, with numbers kept as the text that was typed. */
    private sealed interface Node {
    }

    private record Obj(Map<String, Node> entries) implements Node {
    }

    private record Arr(List<Node> elements) implements Node {
    }

    private record Str(String text) implements Node {
    }

    private record Num(String text) implements Node {
    }

    private record Bool(boolean value) implements Node {
    }

    private record Nul() implements Node {
    }

    public static Outcome read(String text, Item original) throws DynamoJsonException {
        Node root = parse(text);
        if (!(root instanceof Obj object)) {
            throw new DynamoJsonException("An item is a JSON object: { \"name\": value, ... }", 1, 1);
        }
        List<String> notes = new ArrayList<>();
        Map<String, DynamoValue> attributes = new LinkedHashMap<>();
        object.entries().forEach((name, node) -> attributes.put(name, convert(node, original.get(name), name, notes)));
        return new Outcome(new Item(attributes), notes);
    }

    private static DynamoValue convert(Node node, DynamoValue was, String where, List<String> notes) {
        if (node instanceof Nul) {
            return NullValue.INSTANCE;
        }
        if (node instanceof Bool b) {
            return BoolValue.of(b.value());
        }
        if (node instanceof Num n) {
            return new NumberValue(n.text());
        }
        if (node instanceof Str s) {
            if (was instanceof BinaryValue) {
                try {
                    return BinaryValue.fromBase64(s.text());
                } catch (IllegalArgumentException e) {
                    notes.add(where + " was binary, but this text is not base64, so it is a string now");
                }
            }
            return new StringValue(s.text());
        }
        if (node instanceof Obj o) {
            Map<String, DynamoValue> previous = was instanceof MapValue m ? m.entries() : Map.of();
            Map<String, DynamoValue> entries = new LinkedHashMap<>();
            o.entries().forEach((name, child) -> entries.put(name, convert(child, previous.get(name), where + "." + name, notes)));
            return new MapValue(entries);
        }
        Arr array = (Arr) node;
        if (was != null && was.type().isSet()) {
            DynamoValue set = asSet(array, was.type());
            if (set != null) {
                return set;
            }
            notes.add(where + " was a " + was.type().displayName().toLowerCase()
                    + ", but the new array is empty, repeats a member or holds other types, so it is a list now");
        }
        List<DynamoValue> previous = was instanceof ListValue l ? l.elements() : List.of();
        List<DynamoValue> elements = new ArrayList<>();
        for (int i = 0; i < array.elements().size(); i++) {
            elements.add(convert(array.elements().get(i), i < previous.size() ? previous.get(i) : null, where + "[" + i + "]", notes));
        }
        return new ListValue(elements);
    }

    /** The array as a set of the given type, or null when it does not fit one. */
    private static DynamoValue asSet(Arr array, AttributeType type) {
        List<DynamoValue> members = new ArrayList<>();
        for (Node element : array.elements()) {
            DynamoValue member = setMember(element, type);
            if (member == null || members.contains(member)) {
                return null;
            }
            members.add(member);
        }
        if (members.isEmpty()) {
            return null;
        }
        return switch (type) {
            case SS -> StringSetValue.of(members.stream().map(m -> ((StringValue) m).value()).toList());
            case NS -> NumberSetValue.of(members.stream().map(NumberValue.class::cast).toList());
            default -> BinarySetValue.of(members.stream().map(BinaryValue.class::cast).toList());
        };
    }

    private static DynamoValue setMember(Node element, AttributeType type) {
        if (type == AttributeType.SS && element instanceof Str s) {
            return new StringValue(s.text());
        }
        if (type == AttributeType.NS && element instanceof Num n) {
            return new NumberValue(n.text());
        }
        if (type == AttributeType.BS && element instanceof Str s) {
            try {
                return BinaryValue.fromBase64(s.text());
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    private static Node parse(String text) throws DynamoJsonException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new DynamoJsonException("The text is empty; expected a JSON object", 1, 1);
            }
            Node node = node(parser);
            if (parser.nextToken() != null) {
                throw error(parser, "Unexpected text after the end of the JSON object");
            }
            return node;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new DynamoJsonException("Invalid JSON: " + e.getOriginalMessage(),
                    at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr());
        } catch (IOException e) {
            throw new DynamoJsonException("Invalid JSON: " + e.getMessage(), 1, 1);
        }
    }

    private static Node node(JsonParser parser) throws IOException, DynamoJsonException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (entries.containsKey(name)) {
                        throw error(parser, "\"" + name + "\" appears twice");
                    }
                    parser.nextToken();
                    entries.put(name, node(parser));
                }
                return new Obj(entries);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(node(parser));
                }
                return new Arr(elements);
            }
            case VALUE_STRING:
                return new Str(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String number = parser.getText();
                var problem = DynamoNumbers.problem(number);
                if (problem.isPresent()) {
                    throw error(parser, problem.get());
                }
                return new Num(number);
            }
            case VALUE_TRUE:
                return new Bool(true);
            case VALUE_FALSE:
                return new Bool(false);
            case VALUE_NULL:
                return new Nul();
            default:
                throw error(parser, "Unexpected " + token);
        }
    }

    private static DynamoJsonException error(JsonParser parser, String problem) {
        JsonLocation at = parser.currentTokenLocation();
        return new DynamoJsonException(problem, at.getLineNr(), at.getColumnNr());
    }
}
