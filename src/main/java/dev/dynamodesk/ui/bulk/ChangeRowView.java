package dev.dynamodesk.ui.bulk;

import dev.dynamodesk.item.AttributeType;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One change's fields in a row: what to do, the path, then a typed value, another path or a type, as the kind needs. */
final class ChangeRowView extends HBox {
    ChangeRowView(ChangeRow row, int index, Runnable remove) {
        super(8);
        getStyleClass().add("builder-row");
        ComboBox<ChangeRow.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(ChangeRow.Kind.values());
        kind.valueProperty().bindBidirectional(row.kindProperty());
        kind.setId("bulkKind" + index);

        TextField path = field(row.pathProperty(), "attribute or path (address.city, tags[0])", "bulkPath" + index);
        path.promptTextProperty().bind(Bindings.when(row.kindProperty().isEqualTo(ChangeRow.Kind.RENAME))
                .then("new name").otherwise("attribute or path (address.city, tags[0])"));

        ComboBox<ChangeRow.ValueForm> form = new ComboBox<>();
        form.getItems().setAll(ChangeRow.ValueForm.values());
        form.valueProperty().bindBidirectional(row.formProperty());
        form.setId("bulkForm" + index);
        form.setTooltip(new Tooltip("The value's type; DynamoDB JSON for sets, maps and lists ({\"SS\": [\"a\", \"b\"]})"));
        TextField value = field(row.valueProperty(), "value", "bulkValue" + index);

        TextField source = field(row.sourceProperty(), "from attribute", "bulkSource" + index);
        source.promptTextProperty().bind(Bindings.when(row.kindProperty().isEqualTo(ChangeRow.Kind.RENAME))
                .then("attribute to rename").otherwise("copy from attribute"));

        ComboBox<AttributeType> convertTo = new ComboBox<>();
        convertTo.getItems().setAll(AttributeType.values());
        convertTo.valueProperty().bindBidirectional(row.convertToProperty());
        convertTo.setId("bulkConvert" + index);

        Button delete = new Button(null, FontIcon.of(Feather.X));
        delete.setId("bulkRemoveChange" + index);
        delete.setTooltip(new Tooltip("Remove this change"));
        delete.getStyleClass().addAll("flat", "small");
        delete.setOnAction(event -> remove.run());

        Runnable arrange = () -> {
            ChangeRow.Kind now = row.kindProperty().get();
            getChildren().setAll(kind);
            if (now == ChangeRow.Kind.RENAME) {
                getChildren().addAll(source, path);
            } else {
                getChildren().add(path);
                if (now.takesSource()) {
                    getChildren().add(source);
                } else if (now.takesValue()) {
                    getChildren().addAll(form, value);
                } else if (now == ChangeRow.Kind.CONVERT) {
                    getChildren().add(convertTo);
                }
            }
            getChildren().add(delete);
        };
        row.kindProperty().addListener((observable, old, now) -> arrange.run());
        arrange.run();
    }

    private static TextField field(javafx.beans.property.StringProperty property, String prompt, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        field.setId(id);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
