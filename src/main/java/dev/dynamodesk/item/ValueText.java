package dev.dynamodesk.item;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Reads a value typed into a one-line field, for a chosen type: the text of a string as it is, a
 * number checked by DynamoDB's rules, binary as base64, true/false. Errors are sentences.
 */
public final class ValueText {
    private ValueText() {
    }

    /** The scalar types a one-line field can hold. */
    public static final List<AttributeType> SCALAR_TYPES = List.of(AttributeType.S, AttributeType.N,
            AttributeType.B, AttributeType.BOOL, AttributeType.NULL);

    public static DynamoValue parse(String text, AttributeType type) {
        String value = text == null ? "" : text;
        return switch (type) {
            case S -> new StringValue(value);
            case N -> {
                String number = value.strip();
                DynamoNumbers.problem(number).ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
                yield new NumberValue(number);
            }
            case B -> {
                try {
                    yield new BinaryValue(Base64.getDecoder().decode(value.strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("\"" + value + "\" is not base64");
                }
            }
            case BOOL -> switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> BoolValue.TRUE;
                case "false" -> BoolValue.FALSE;
                default -> throw new IllegalArgumentException("A boolean is true or false, not \"" + value + "\"");
            };
            case NULL -> NullValue.INSTANCE;
            default -> throw new IllegalArgumentException(type.displayName() + " values cannot be typed on one line");
        };
    }

    /**
     * Reads a comma-separated list (for IN); a value holding a comma or quote is written in double
     * quotes, with "" for a quote inside.
     */
    public static List<DynamoValue> parseList(String text, AttributeType type) {
        List<DynamoValue> values = new ArrayList<>();
        for (String part : split(text == null ? "" : text)) {
            values.add(parse(type == AttributeType.S ? part : part.strip(), type));
        }
        return values;
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"' && current.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                current.setLength(0);
            } else if (c == ',') {
                parts.add(wasQuoted ? current.toString() : current.toString().strip());
                current.setLength(0);
                wasQuoted = false;
            } else if (!(wasQuoted && Character.isWhitespace(c))) {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quote in the list is not closed");
        }
        if (!text.isBlank()) {
            parts.add(wasQuoted ? current.toString() : current.toString().strip());
        }
        return parts;
    }
}
