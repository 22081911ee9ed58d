package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.DynamoNumbers;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.ValueText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values typed as text (on the command line, or in a condition typed in the window). Exact forms: {@code S:text}, {@code N:12.50}, {@code B:base64},
 * {@code BOOL:true}, {@code NULL}, or DynamoDB JSON ({@code {"SS": ["a", "b"]}}). Without a type,
 * a value whose type is known (a key attribute) takes that type; otherwise a number is N,
 * true/false are BOOL, a value in double quotes is the string inside, anything else a string.
 */
public final class TypedValues {
    private static final Pattern TYPED = Pattern.compile("^(S|N|B|BOOL):(.*)$", Pattern.DOTALL);

    private TypedValues() {
    }

    /**
     * @param known the type the value must have (a key's), or null
     * @throws IllegalArgumentException with a sentence saying what is wrong with the text
     */
    public static DynamoValue parse(String text, AttributeType known) {
        DynamoValue value = read(text, known);
        if (known != null && value.type() != known) {
            throw new IllegalArgumentException("'" + text + "' is a " + value.type().displayName().toLowerCase(Locale.ROOT)
                    + ", but this key is a " + known.displayName().toLowerCase(Locale.ROOT));
        }
        return value;
    }

    private static DynamoValue read(String text, AttributeType known) {
        Matcher typed = TYPED.matcher(text);
        if (typed.matches()) {
            return ValueText.parse(typed.group(2), AttributeType.valueOf(typed.group(1)));
        }
        if (text.equals("NULL")) {
            return ValueText.parse("", AttributeType.NULL);
        }
        if (text.startsWith("{")) {
            try {
                return DynamoJson.parseValue(text);
            } catch (DynamoJsonException e) {
                throw new IllegalArgumentException("'" + text + "' is not a DynamoDB JSON value: " + e.getMessage());
            }
        }
        if (known != null) {
            return ValueText.parse(text, known);
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return new StringValue(text.substring(1, text.length() - 1));
        }
        if (DynamoNumbers.isValid(text) && text.matches("-?[0-9].*")) {
            return new NumberValue(text);
        }
        if (text.equals("true") || text.equals("false")) {
            return BoolValue.of(Boolean.parseBoolean(text));
        }
        return new StringValue(text);
    }
}
