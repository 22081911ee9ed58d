package dev.dynamodesk.ui.console;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.ValueSummary;
import dev.dynamodesk.item.ValueText;
import java.util.HashSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The value for one {@code ?} of the script: a type and its text (sets as a comma-separated list,
 * maps and lists as DynamoDB JSON), or a value set whole by the value editor (a string over
 * several lines, binary from a file). {@code problem} says why the text is not yet a value.
 */
public final class ParameterSlot {
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObjectProperty<AttributeType> type = new SimpleObjectProperty<>(this, "type", AttributeType.S);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<DynamoValue> edited = new SimpleObjectProperty<>(this, "edited");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    ParameterSlot() {
        type.addListener((observable, old, now) -> {
            edited.set(null);
            check();
        });
        text.addListener((observable, old, now) -> check());
        edited.addListener((observable, old, now) -> check());
        check();
    }

    /** "?2 · line 3: sk = ?" */
    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<AttributeType> typeProperty() {
        return type;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** A value set whole by the value editor; the text is then only its summary. */
    public ObjectProperty<DynamoValue> editedProperty() {
        return edited;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** Takes a value (from the history): typed into the field where it fits on one line, else kept whole. */
    public void set(DynamoValue value) {
        type.set(value.type());
        edited.set(null);
        if (value instanceof StringValue s && !s.value().contains("\n")) {
            text.set(s.value());
        } else if (value instanceof NumberValue n) {
            text.set(n.text());
        } else if (value instanceof BoolValue b) {
            text.set(Boolean.toString(b.value()));
        } else if (value instanceof NullValue) {
            text.set("");
        } else {
            edited.set(value);
            text.set(ValueSummary.of(value, 60));
        }
    }

    /** The value to send; throws IllegalArgumentException saying what is wrong. */
    public DynamoValue value() {
        if (edited.get() != null) {
            return edited.get();
        }
        return parse(text.get(), type.get());
    }

    static DynamoValue parse(String text, AttributeType type) {
        return switch (type) {
            case S, N, B, BOOL, NULL -> ValueText.parse(text, type);
            case SS -> StringSetValue.of(members(text, AttributeType.S).stream().map(v -> ((StringValue) v).value()).toList());
            case NS -> NumberSetValue.of(members(text, AttributeType.N).stream().map(NumberValue.class::cast).toList());
            case BS -> BinarySetValue.of(members(text, AttributeType.B).stream().map(BinaryValue.class::cast).toList());
            case M, L -> {
                try {
                    DynamoValue value = DynamoJson.parseValue(text);
                    if (value.type() != type) {
                        throw new IllegalArgumentException("Expected a " + type.displayName().toLowerCase()
                                + " in DynamoDB JSON, like " + (type == AttributeType.M ? "{\"M\": {...}}" : "{\"L\": [...]}"));
                    }
                    yield value;
                } catch (DynamoJsonException e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
            }
        };
    }

    private static List<DynamoValue> members(String text, AttributeType memberType) {
        List<DynamoValue> members = ValueText.parseList(text, memberType);
        if (members.isEmpty() || (members.size() == 1 && text.isBlank())) {
            throw new IllegalArgumentException("A set needs at least one member");
        }
        if (new HashSet<>(members).size() != members.size()) {
            throw new IllegalArgumentException("A set cannot hold the same member twice");
        }
        return members;
    }

    private void check() {
        try {
            value();
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }
}
