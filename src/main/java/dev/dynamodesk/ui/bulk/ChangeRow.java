package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.dynamo.query.AttributePath;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.ValueText;
import dev.dynamodesk.item.change.Change;
import dev.dynamodesk.item.edit.ValuePath;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One change as the user fills it in: what to do, to which path, with which typed value (or from
 * which other path). {@link #changes} turns it into the changes a run makes, or says what is wrong.
 */
public final class ChangeRow {
    /** What a row does. */
    public enum Kind {
        SET("Set"), COPY("Set from attribute"), RENAME("Rename"), REMOVE("Remove"), ADD("Add to number or set"),
        DELETE_MEMBERS("Delete from set"), CONVERT("Change type");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }

        boolean takesValue() {
            return this == SET || this == ADD || this == DELETE_MEMBERS;
        }

        boolean takesSource() {
            return this == COPY || this == RENAME;
        }
    }

    /** How the value field is read: one of the scalar types, or DynamoDB JSON for sets, maps and lists. */
    public enum ValueForm {
        S, N, B, BOOL, NULL, JSON;

        @Override
        public String toString() {
            return this == JSON ? "DynamoDB JSON" : name();
        }
    }

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.SET);
    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final ObjectProperty<ValueForm> form = new SimpleObjectProperty<>(this, "form", ValueForm.S);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<AttributeType> convertTo = new SimpleObjectProperty<>(this, "convertTo", AttributeType.S);

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ObjectProperty<ValueForm> formProperty() {
        return form;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** The other attribute a copy or rename takes its value from (for a rename: the attribute renamed). */
    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<AttributeType> convertToProperty() {
        return convertTo;
    }

    /** Everything that changes what this row means, for listeners that must forget a dry run. */
    List<Observable> parts() {
        return List.of(kind, path, form, value, source, convertTo);
    }

    /** The changes this row makes; throws IllegalArgumentException with a sentence when it is incomplete or wrong. */
    public List<Change> changes() {
        ValuePath target = path(path.get(), kind.get() == Kind.RENAME ? "The new name" : "The path");
        return switch (kind.get()) {
            case SET -> List.of(new Change.SetValue(target, value()));
            case COPY -> List.of(new Change.CopyFrom(target, path(source.get(), "The attribute to copy from")));
            case RENAME -> {
                ValuePath old = path(source.get(), "The attribute to rename");
                yield List.of(new Change.CopyFrom(target, old), new Change.Remove(old));
            }
            case REMOVE -> List.of(new Change.Remove(target));
            case ADD -> List.of(new Change.AddTo(target, value()));
            case DELETE_MEMBERS -> List.of(new Change.DeleteFrom(target, value()));
            case CONVERT -> List.of(new Change.ConvertType(target, convertTo.get()));
        };
    }

    private DynamoValue value() {
        String text = value.get() == null ? "" : value.get();
        if (form.get() == ValueForm.JSON) {
            try {
                return DynamoJson.parseValue(text);
            } catch (DynamoJsonException e) {
                throw new IllegalArgumentException("The value is not DynamoDB JSON: " + e.getMessage());
            }
        }
        return ValueText.parse(text, AttributeType.valueOf(form.get().name()));
    }

    private static ValuePath path(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return AttributePath.parse(text.strip()).toValuePath();
    }
}
