package dev.dynamodesk.ui.browser.admin;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.admin.IndexSpec;
import dev.dynamodesk.item.AttributeType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One secondary index being defined: name, keys with types, projection. */
final class IndexRowView extends FlowPane {
    private final boolean global;
    private final TextField name = new TextField();
    private final TextField partitionName = new TextField();
    private final ComboBox<AttributeType> partitionType = KeyTypes.chooser();
    private final TextField sortName = new TextField();
    private final ComboBox<AttributeType> sortType = KeyTypes.chooser();
    private final ComboBox<IndexSpec.Projection> projection = new ComboBox<>();
    private final TextField include = new TextField();

    IndexRowView(boolean global, Runnable changed, Consumer<IndexRowView> remove) {
        super(6, 6);
        this.global = global;
        getStyleClass().add("index-row");
        Label kind = new Label(global ? "GSI" : "LSI");
        kind.getStyleClass().add("index-kind");
        name.setPromptText("index name");
        name.setPrefColumnCount(10);
        partitionName.setPromptText("partition key");
        partitionName.setPrefColumnCount(9);
        sortName.setPromptText(global ? "sort key (optional)" : "sort key");
        sortName.setPrefColumnCount(9);
        projection.getItems().setAll(IndexSpec.Projection.values());
        projection.setValue(IndexSpec.Projection.ALL);
        projection.setTooltip(new Tooltip("Which attributes the index copies: all, only keys, or keys and the ones named"));
        include.setPromptText("attributes to include: a, b");
        include.setPrefColumnCount(12);
        include.visibleProperty().bind(projection.valueProperty().isEqualTo(IndexSpec.Projection.INCLUDE));
        include.managedProperty().bind(include.visibleProperty());
        Button delete = new Button(null, FontIcon.of(Feather.X));
        delete.getStyleClass().addAll("flat", "button-icon", "small");
        delete.setOnAction(event -> remove.accept(this));
        getChildren().addAll(kind, name);
        if (global) {
            getChildren().addAll(partitionName, partitionType);
        }
        getChildren().addAll(sortName, sortType, projection, include, delete);
        for (var property : List.of(name.textProperty(), partitionName.textProperty(), sortName.textProperty(), include.textProperty())) {
            property.addListener((observable, old, now) -> changed.run());
        }
        partitionType.valueProperty().addListener((observable, old, now) -> changed.run());
        sortType.valueProperty().addListener((observable, old, now) -> changed.run());
        projection.valueProperty().addListener((observable, old, now) -> changed.run());
    }

    IndexSpec spec() {
        KeyAttribute partition = global ? key(partitionName, partitionType) : null;
        KeyAttribute sort = key(sortName, sortType);
        List<String> nonKey = Arrays.stream(include.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new IndexSpec(name.getText().strip(), global, partition, sort, projection.getValue(), nonKey, null, null);
    }

    private static KeyAttribute key(TextField name, ComboBox<AttributeType> type) {
        String text = name.getText().strip();
        return text.isEmpty() ? null : new KeyAttribute(text, type.getValue());
    }
}
