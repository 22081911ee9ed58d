package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.query.FilterClause;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.ValueText;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One filter row: [where|and|or] [size] path operator [type] value [and value] [remove]. */
final class FilterRowView extends HBox {
    private static final List<AttributeType> ALL_TYPES = List.of(AttributeType.values());

    FilterRowView(FilterRow row, int position, List<String> attributeNames, Consumer<FilterRow> remove) {
        super(6);
        getStyleClass().add("filter-row");
        Node connector;
        if (position == 0) {
            Label where = new Label("where");
            where.getStyleClass().add("connector-label");
            connector = where;
        } else {
            ComboBox<FilterClause.Connector> choice = new ComboBox<>();
            choice.getItems().setAll(FilterClause.Connector.values());
            choice.valueProperty().bindBidirectional(row.connectorProperty());
            choice.setId("filterConnector" + position);
            choice.setTooltip(new Tooltip("AND binds tighter than OR: a AND b OR c means (a AND b) OR c"));
            connector = choice;
        }

        ToggleButton size = new ToggleButton("size");
        size.setId("filterSize" + position);
        size.getStyleClass().add("small");
        size.selectedProperty().bindBidirectional(row.onSizeProperty());
        size.setTooltip(new Tooltip("Compare the size of the value (length of a string, count of a list, map or set)"));

        ComboBox<String> path = new ComboBox<>();
        path.setId("filterPath" + position);
        path.setEditable(true);
        path.setPromptText("attribute or a.b[0].c");
        path.getItems().setAll(attributeNames);
        path.setOnShowing(event -> path.getItems().setAll(attributeNames));
        path.getEditor().textProperty().bindBidirectional(row.pathProperty());
        path.setPrefWidth(180);

        ComboBox<Operator> operator = new ComboBox<>();
        operator.setId("filterOperator" + position);
        operator.getItems().setAll(Operator.values());
        operator.setConverter(QueryBuilderView.operatorNames(""));
        operator.valueProperty().bindBidirectional(row.operatorProperty());

        ComboBox<AttributeType> type = new ComboBox<>();
        type.setId("filterType" + position);
        type.getItems().setAll(ValueText.SCALAR_TYPES);
        type.valueProperty().bindBidirectional(row.typeProperty());
        type.setTooltip(new Tooltip("The type of the value: S string, N number, B binary (base64), BOOL, NULL"));

        ComboBox<AttributeType> typeName = new ComboBox<>();
        typeName.setId("filterTypeName" + position);
        typeName.getItems().setAll(ALL_TYPES);
        typeName.valueProperty().addListener((observable, old, chosen) -> row.valueProperty().set(chosen == null ? "" : chosen.name()));

        TextField value = QueryBuilderView.field("filterValue" + position, "value", 14);
        value.textProperty().bindBidirectional(row.valueProperty());
        Label and = new Label("and");
        TextField value2 = QueryBuilderView.field("filterValue2" + position, "upper value", 10);
        value2.textProperty().bindBidirectional(row.value2Property());

        BooleanBinding noValue = Bindings.createBooleanBinding(() -> row.operatorProperty().get() != null
                && row.operatorProperty().get().operandCount() == 0, row.operatorProperty());
        BooleanBinding isType = row.operatorProperty().isEqualTo(Operator.TYPE_IS);
        BooleanBinding isBetween = row.operatorProperty().isEqualTo(Operator.BETWEEN);
        BooleanBinding typedValue = noValue.not().and(isType.not());
        show(type, typedValue.and(row.onSizeProperty().not()));
        show(value, typedValue.and(row.typeProperty().isNotEqualTo(AttributeType.NULL).or(row.onSizeProperty())));
        show(typeName, isType);
        show(and, isBetween);
        show(value2, isBetween);
        value.promptTextProperty().bind(Bindings.when(row.operatorProperty().isEqualTo(Operator.IN))
                .then("a, b, \"c, with comma\"").otherwise("value"));

        Button delete = new Button(null, FontIcon.of(Feather.X));
        delete.setId("removeFilter" + position);
        delete.getStyleClass().addAll("flat", "button-icon", "small");
        delete.setTooltip(new Tooltip("Remove this condition"));
        delete.setOnAction(event -> remove.accept(row));

        getChildren().addAll(connector, size, path, operator, type, typeName, value, and, value2, delete);
        QueryBuilderView.keepPreferredWidths(this);
    }

    private static void show(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
