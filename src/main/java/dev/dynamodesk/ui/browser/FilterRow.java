package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.item.AttributeType;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One filter row of the query builder, as editable properties. */
public final class FilterRow {
    private final ObjectProperty<FilterClause.Connector> connector = new SimpleObjectProperty<>(this, "connector", FilterClause.Connector.AND);
    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>(this, "operator", Operator.EQ);
    private final ObjectProperty<AttributeType> type = new SimpleObjectProperty<>(this, "type", AttributeType.S);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty value2 = new SimpleStringProperty(this, "value2", "");
    private final BooleanProperty onSize = new SimpleBooleanProperty(this, "onSize");

    public ObjectProperty<FilterClause.Connector> connectorProperty() {
        return connector;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    public ObjectProperty<AttributeType> typeProperty() {
        return type;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty value2Property() {
        return value2;
    }

    public BooleanProperty onSizeProperty() {
        return onSize;
    }

    QueryForm.FilterForm form() {
        return new QueryForm.FilterForm(connector.get().name(), path.get(), operator.get().name(), type.get().name(),
                value.get(), value2.get(), onSize.get());
    }

    static FilterRow of(QueryForm.FilterForm form) {
        FilterRow row = new FilterRow();
        row.connector.set(FilterClause.Connector.valueOf(form.connector()));
        row.path.set(form.path());
        row.operator.set(Operator.valueOf(form.operator()));
        row.type.set(AttributeType.valueOf(form.type()));
        row.value.set(form.value() == null ? "" : form.value());
        row.value2.set(form.value2() == null ? "" : form.value2());
        row.onSize.set(form.onSize());
        return row;
    }
}
