package dev.dynamodesk.dynamo.query;

import dev.dynamodesk.item.AttributeValues;
import dev.dynamodesk.item.DynamoValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hands out placeholders while expressions are written: every attribute name becomes
 * {@code #n0, #n1, ...} (the same name reuses its placeholder) and every value {@code :v0, :v1, ...}.
 * So reserved words ({@code name}, {@code status}, {@code data}), dots, dashes, {@code #}, spaces
 * and emoji in names never reach the expression text, and values are sent typed, never as text.
 */
public final class ExpressionContext {
    private final Map<String, String> nameToPlaceholder = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    public String name(String attributeName) {
        return nameToPlaceholder.computeIfAbsent(attributeName, name -> {
            String placeholder = "#n" + nameToPlaceholder.size();
            names.put(placeholder, name);
            return placeholder;
        });
    }

    public String path(AttributePath path) {
        StringBuilder out = new StringBuilder();
        for (AttributePath.Segment segment : path.segments()) {
            if (segment instanceof AttributePath.Name name) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(name(name.name()));
            } else {
                out.append('[').append(((AttributePath.Index) segment).index()).append(']');
            }
        }
        return out.toString();
    }

    public String value(DynamoValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, AttributeValues.fromValue(value));
        return placeholder;
    }

    /** {@code ExpressionAttributeNames}; empty when no name was used. */
    public Map<String, String> names() {
        return Collections.unmodifiableMap(names);
    }

    /** {@code ExpressionAttributeValues}; empty when no value was used. */
    public Map<String, AttributeValue> values() {
        return Collections.unmodifiableMap(values);
    }
}
