package dev.dynamodesk.item;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads DynamoDB JSON ({@code {"name": {"S": "x"}}}) with a streaming parser, so every error
 * names the line and column where it was found. Numbers must be strings, as in the AWS CLI:
 * a JSON number would have to pass through a binary floating type to be read.
 */
final class DynamoJsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonParser parser;

    private DynamoJsonReader(JsonParser parser) {
        this.parser = parser;
    }

    static Item readItem(String text) throws DynamoJsonException {
        return read(text, reader -> reader.item());
    }

    static DynamoValue readValue(String text) throws DynamoJsonException {
        return read(text, reader -> reader.typedValue());
    }

    private interface Step<T> {
        T apply(DynamoJsonReader reader) throws IOException, DynamoJsonException;
    }

    private static <T> T read(String text, Step<T> step) throws DynamoJsonException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            DynamoJsonReader reader = new DynamoJsonReader(parser);
            reader.next();
            if (parser.currentToken() == null) {
                throw reader.error("The text is empty; expected a JSON object");
            }
            T result = step.apply(reader);
            if (parser.nextToken() != null) {
                throw reader.error("Unexpected text after the end of the JSON object");
            }
            return result;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new DynamoJsonException("Invalid JSON: " + e.getOriginalMessage(),
                    at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr());
        } catch (IOException e) {
            throw new DynamoJsonException("Invalid JSON: " + e.getMessage(), 1, 1);
        }
    }

    private Item item() throws IOException, DynamoJsonException {
        return new Item(attributes("an item"));
    }

    /** Reads {"name": typedValue, ...} starting at its START_OBJECT; leaves the END_OBJECT current. */
    private Map<String, DynamoValue> attributes(String what) throws IOException, DynamoJsonException {
        expect(JsonToken.START_OBJECT, "Expected a JSON object for " + what);
        Map<String, DynamoValue> values = new LinkedHashMap<>();
        while (next() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (values.containsKey(name)) {
                throw error("The attribute \"" + name + "\" appears twice");
            }
            next();
            values.put(name, typedValue());
        }
        expect(JsonToken.END_OBJECT, "Expected an attribute name or '}'");
        return values;
    }

    /** Reads {"T": value} starting at its START_OBJECT; leaves the END_OBJECT current. */
    private DynamoValue typedValue() throws IOException, DynamoJsonException {
        expect(JsonToken.START_OBJECT,
                "Expected a typed value such as {\"S\": \"text\"} or {\"N\": \"1\"}");
        if (next() != JsonToken.FIELD_NAME) {
            throw error("A typed value needs a type: one of S, N, B, BOOL, NULL, M, L, SS, NS, BS");
        }
        String descriptor = parser.currentName();
        AttributeType type;
        try {
            type = AttributeType.valueOf(descriptor);
        } catch (IllegalArgumentException e) {
            throw error("Unknown type \"" + descriptor + "\"; expected one of S, N, B, BOOL, NULL, M, L, SS, NS, BS");
        }
        next();
        DynamoValue value = valueOf(type);
        if (next() != JsonToken.END_OBJECT) {
            throw error("A typed value has exactly one type; found another after \"" + descriptor + "\"");
        }
        return value;
    }

    private DynamoValue valueOf(AttributeType type) throws IOException, DynamoJsonException {
        switch (type) {
            case S:
                return new StringValue(string("S"));
            case N:
                return number();
            case B:
                return binary();
            case BOOL:
                if (!parser.currentToken().isBoolean()) {
                    throw error("BOOL takes true or false");
                }
                return BoolValue.of(parser.getBooleanValue());
            case NULL:
                if (parser.currentToken() != JsonToken.VALUE_TRUE) {
                    throw error("NULL takes the value true");
                }
                return NullValue.INSTANCE;
            case M:
                return new MapValue(attributes("a map"));
            case L:
                return list();
            default:
                return set(type);
        }
    }

    private String string(String descriptor) throws DynamoJsonException, IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw error(descriptor + " takes a string in quotes");
        }
        return parser.getText();
    }

    private NumberValue number() throws IOException, DynamoJsonException {
        if (parser.currentToken().isNumeric()) {
            throw error("Numbers are written as strings in DynamoDB JSON, e.g. {\"N\": \""
                    + parser.getText() + "\"}");
        }
        String text = string("N");
        var problem = DynamoNumbers.problem(text);
        if (problem.isPresent()) {
            throw error(problem.get());
        }
        return new NumberValue(text);
    }

    private BinaryValue binary() throws IOException, DynamoJsonException {
        String text = string("B");
        try {
            return BinaryValue.fromBase64(text);
        } catch (IllegalArgumentException e) {
            throw error("B takes base64 text: " + e.getMessage());
        }
    }

    private ListValue list() throws IOException, DynamoJsonException {
        expect(JsonToken.START_ARRAY, "L takes an array of typed values");
        List<DynamoValue> elements = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            elements.add(typedValue());
        }
        return new ListValue(elements);
    }

    private DynamoValue set(AttributeType type) throws IOException, DynamoJsonException {
        String descriptor = type.name();
        expect(JsonToken.START_ARRAY, descriptor + " takes an array of strings");
        List<DynamoValue> members = new ArrayList<>();
        Set<DynamoValue> seen = new HashSet<>();
        while (next() != JsonToken.END_ARRAY) {
            DynamoValue member = switch (type) {
                case SS -> new StringValue(string(descriptor));
                case NS -> number();
                default -> binary();
            };
            if (!seen.add(member)) {
                throw error(type.displayName() + " members must be distinct; \"" + parser.getText()
                        + "\" is repeated");
            }
            members.add(member);
        }
        if (members.isEmpty()) {
            throw error("A " + type.displayName().toLowerCase() + " cannot be empty");
        }
        return switch (type) {
            case SS -> StringSetValue.of(members.stream().map(m -> ((StringValue) m).value()).toList());
            case NS -> NumberSetValue.of(members.stream().map(NumberValue.class::cast).toList());
            default -> BinarySetValue.of(members.stream().map(BinaryValue.class::cast).toList());
        };
    }

    private JsonToken next() throws IOException {
        return parser.nextToken();
    }

    private void expect(JsonToken token, String problem) throws DynamoJsonException {
        if (parser.currentToken() != token) {
            throw error(problem);
        }
    }

    private DynamoJsonException error(String problem) {
        JsonLocation at = parser.currentTokenLocation();
        return new DynamoJsonException(problem, at.getLineNr(), at.getColumnNr());
    }
}
