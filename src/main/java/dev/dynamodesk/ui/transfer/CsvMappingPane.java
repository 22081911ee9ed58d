package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.transfer.CsvMapping;
import dev.dynamodesk.transfer.ItemSources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The column-to-type mapping of a CSV import: one row per column with its header, the attribute it
 * fills (renamable), its type or "skip", and the first cells, so the user sees what a type means
 * for the data before anything is written. Starts from the header's types and a guess from the rows.
 */
final class CsvMappingPane extends VBox {
    private static final int SAMPLE_CELLS = 3;

    private final ObjectProperty<CsvMapping> mapping = new SimpleObjectProperty<>(this, "mapping");
    private final List<TextField> attributes = new ArrayList<>();
    private final List<ChoiceBox<AttributeType>> types = new ArrayList<>();
    private final CsvMapping initial;

    CsvMappingPane(ItemSources.CsvPreview preview) {
        super(6);
        setId("csvMapping");
        initial = preview.guessMapping();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, heading("Column"), heading("Attribute"), heading("Type"), heading("First values"));
        for (int i = 0; i < initial.columns().size(); i++) {
            CsvMapping.Column column = initial.columns().get(i);
            TextField attribute = new TextField(column.attribute());
            attribute.setId("mappingAttribute-" + i);
            attribute.setPrefColumnCount(14);
            ChoiceBox<AttributeType> type = new ChoiceBox<>();
            type.setId("mappingType-" + i);
            type.getItems().add(null);
            type.getItems().addAll(AttributeType.values());
            type.setConverter(typeNames());
            type.setValue(column.type());
            attribute.disableProperty().bind(type.valueProperty().isNull());
            attribute.textProperty().addListener((observable, was, now) -> update());
            type.valueProperty().addListener((observable, was, now) -> update());
            attributes.add(attribute);
            types.add(type);
            Label samples = new Label(samples(preview, i));
            samples.getStyleClass().add("text-muted");
            Label header = new Label(column.header());
            header.setMinWidth(Region.USE_PREF_SIZE);
            header.setMaxWidth(220);
            grid.addRow(i + 1, header, attribute, type, samples);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(190, 38.0 * (initial.columns().size() + 1)));
        Label note = new Label("Empty cells are left out of the item. Maps, lists and sets are read as JSON in a cell "
                + "(as Export writes them); binary as base64.");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("text-muted");
        getChildren().addAll(scroll, note);
        update();
    }

    ReadOnlyObjectProperty<CsvMapping> mappingProperty() {
        return mapping;
    }

    private void update() {
        CsvMapping current = initial;
        for (int i = 0; i < types.size(); i++) {
            current = current.with(i, attributes.get(i).getText().strip(), types.get(i).getValue());
        }
        mapping.set(current);
    }

    private static String samples(ItemSources.CsvPreview preview, int column) {
        return preview.rows().stream().limit(SAMPLE_CELLS)
                .map(row -> column < row.size() ? row.get(column) : "")
                .map(cell -> cell.length() > 24 ? cell.substring(0, 24) + "…" : cell)
                .map(cell -> cell.replace('\n', '⏎'))
                .collect(Collectors.joining(" · "));
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static StringConverter<AttributeType> typeNames() {
        return new StringConverter<>() {
            @Override
            public String toString(AttributeType type) {
                return type == null ? "Skip" : type.displayName() + " (" + type.name() + ")";
            }

            @Override
            public AttributeType fromString(String text) {
                return Arrays.stream(AttributeType.values()).filter(type -> Objects.equals(toString(type), text))
                        .findFirst().orElse(null);
            }
        };
    }
}
