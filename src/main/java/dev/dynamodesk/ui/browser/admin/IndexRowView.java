package dev.dynamodesk.ui.browser.admin;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.admin.IndexSpec;
import dev.dynamodesk.item.AttributeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One secondary index being defined: name, keys with types, projection. A global index's keys
 * may take up to four attributes each (multi-attribute keys): "+ attribute" adds one after the
 * key's last, in the key schema's order.
 */
final class IndexRowView extends VBox {
    private final boolean global;
    private final TextField name = new TextField();
    private final TextField partitionName = new TextField();
    private final ComboBox<AttributeType> partitionType = KeyTypes.chooser();
    private final TextField sortName = new TextField();
    private final ComboBox<AttributeType> sortType = KeyTypes.chooser();
    private final ComboBox<IndexSpec.Projection> projection = new ComboBox<>();
    private final TextField include = new TextField();
    private final List<KeyPart> morePartitions = new ArrayList<>();
    private final List<KeyPart> moreSorts = new ArrayList<>();
    private final Runnable changed;

    /** A further attribute of a multi-attribute key: its name and type, and a button to take it out. */
    private final class KeyPart extends HBox {
        final TextField partName = new TextField();
        final ComboBox<AttributeType> partType = KeyTypes.chooser();

        /** {@code add}: the key's "+" button, usable again once this part is taken out. */
        KeyPart(List<KeyPart> parts, Button add, String prompt, String id) {
            super(4);
            partName.setPromptText(prompt);
            partName.setPrefColumnCount(8);
            partName.setId(id);
            partName.textProperty().addListener((observable, old, now) -> changed.run());
            partType.valueProperty().addListener((observable, old, now) -> changed.run());
            Button remove = new Button(null, FontIcon.of(Feather.MINUS));
            remove.getStyleClass().addAll("flat", "button-icon", "small");
            remove.setTooltip(new Tooltip("Take this attribute out of the key"));
            remove.setOnAction(event -> {
                parts.remove(this);
                ((javafx.scene.layout.Pane) getParent()).getChildren().remove(this);
                add.setDisable(false);
                changed.run();
            });
            Label plus = new Label("+");
            plus.getStyleClass().add("key-label");
            getChildren().addAll(plus, partName, partType, remove);
            setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        KeyAttribute key() {
            return new KeyAttribute(partName.getText().strip(), partType.getValue());
        }
    }

    IndexRowView(boolean global, Runnable changed, Consumer<IndexRowView> remove) {
        super(4);
        this.global = global;
        this.changed = changed;
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
        // One line for the index, then one for each key: a key of several attributes reads left to right, in order.
        getChildren().add(line(kind, name));
        if (global) {
            Button addPartition = addButton("addPartitionAttribute", "Add a partition-key attribute (up to 4: a multi-attribute key)");
            FlowPane partitionLine = line(keyRole("Partition"), partitionName, partitionType, addPartition);
            addPartition.setOnAction(event -> addPart(partitionLine, morePartitions, addPartition, "partition attribute",
                    "morePartition" + (morePartitions.size() + 2)));
            getChildren().add(partitionLine);
        }
        FlowPane sortLine = line(keyRole("Sort"), sortName, sortType);
        if (global) {
            Button addSort = addButton("addSortAttribute", "Add a sort-key attribute (up to 4: a multi-attribute key)");
            sortLine.getChildren().add(addSort);
            addSort.setOnAction(event -> addPart(sortLine, moreSorts, addSort, "sort attribute", "moreSort" + (moreSorts.size() + 2)));
        }
        getChildren().add(sortLine);
        // Tab goes name, keys, projection: the order the fields are filled in.
        getChildren().add(line(keyRole("Projection"), projection, include, delete));
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
        // An added attribute left unnamed stays in as a blank name, so the form says to name or remove it.
        return new IndexSpec(name.getText().strip(), global, partition, sort, projection.getValue(), nonKey, null, null,
                morePartitions.stream().map(KeyPart::key).toList(), moreSorts.stream().map(KeyPart::key).toList());
    }

    private static Button addButton(String id, String tooltip) {
        Button add = new Button(null, FontIcon.of(Feather.PLUS));
        add.setId(id);
        add.getStyleClass().addAll("flat", "button-icon", "small");
        add.setTooltip(new Tooltip(tooltip));
        return add;
    }

    private static FlowPane line(javafx.scene.Node... nodes) {
        FlowPane line = new FlowPane(6, 4, nodes);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    private static Label keyRole(String text) {
        Label role = new Label(text);
        role.getStyleClass().add("key-label");
        role.setMinWidth(64);
        return role;
    }

    /** Adds a further key attribute to {@code line} just before {@code button}; at four the button goes grey. */
    private void addPart(FlowPane line, List<KeyPart> parts, Button button, String prompt, String id) {
        KeyPart part = new KeyPart(parts, button, prompt, id);
        parts.add(part);
        line.getChildren().add(line.getChildren().indexOf(button), part);
        button.setDisable(parts.size() + 1 >= IndexSpec.MAX_KEY_ATTRIBUTES);
        part.partName.requestFocus();
        changed.run();
    }

    private static KeyAttribute key(TextField name, ComboBox<AttributeType> type) {
        String text = name.getText().strip();
        return text.isEmpty() ? null : new KeyAttribute(text, type.getValue());
    }
}
