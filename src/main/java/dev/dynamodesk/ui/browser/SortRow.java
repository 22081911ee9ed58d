package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.query.Operator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A condition on one sort-key attribute after the first, for an index whose sort key holds
 * several: the operator (null: none) and its value, or values for between, as typed.
 */
public final class SortRow {
    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>(this, "operator");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty value2 = new SimpleStringProperty(this, "value2", "");

    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty value2Property() {
        return value2;
    }

    QueryForm.SortForm form() {
        return new QueryForm.SortForm(operator.get() == null ? null : operator.get().name(), value.get(), value2.get());
    }

    void load(QueryForm.SortForm form) {
        operator.set(form == null || form.operator() == null ? null : Operator.valueOf(form.operator()));
        value.set(form == null || form.value() == null ? "" : form.value());
        value2.set(form == null || form.value2() == null ? "" : form.value2());
    }
}
