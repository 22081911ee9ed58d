package dev.dynamodesk.ui.console;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.ValueSummary;
import dev.dynamodesk.ui.editor.ValueEditorDialog;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row per {@code ?} of the script: where it is, its type, its value as text (sets comma
 * separated, maps and lists as DynamoDB JSON), and "…" for the item editor's value editor (text
 * over several lines, binary from a file, set members one by one). Hidden when there is no {@code ?}.
 */
final class ParameterPanel extends VBox {
    private static final Set<AttributeType> DIALOG_TYPES = Set.of(AttributeType.S, AttributeType.N, AttributeType.B,
            AttributeType.SS, AttributeType.NS, AttributeType.BS);
    private final VBox rows = new VBox(6);

    ParameterPanel(ConsoleParameters parameters) {
        setId("parameterPanel");
        getStyleClass().add("parameter-panel");
        setSpacing(6);
        Label title = new Label("Parameters");
        title.getStyleClass().add("panel-title");
        Label hint = new Label("Values for the ? marks, in order. Sets: a, b, c. Maps and lists: DynamoDB JSON.");
        hint.getStyleClass().add("panel-hint");
        hint.setWrapText(true);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, hint, scroll);
        parameters.slots().addListener((ListChangeListener<ParameterSlot>) change -> rebuild(parameters.slots()));
        rebuild(parameters.slots());
    }

    /**
     * Keeps the rows of slots that stay (a field being typed in is not replaced under the user's
     * hands); slots come and go at the end of the list.
     */
    private void rebuild(List<ParameterSlot> slots) {
        int keep = 0;
        while (keep < Math.min(slots.size(), rows.getChildren().size())
                && rows.getChildren().get(keep).getUserData() == slots.get(keep)) {
            keep++;
        }
        rows.getChildren().remove(keep, rows.getChildren().size());
        for (int i = keep; i < slots.size(); i++) {
            VBox row = row(slots.get(i), i + 1);
            row.setUserData(slots.get(i));
            rows.getChildren().add(row);
        }
        setVisible(!slots.isEmpty());
        setManaged(!slots.isEmpty());
    }

    private VBox row(ParameterSlot slot, int number) {
        Label where = new Label();
        where.textProperty().bind(slot.labelProperty());
        where.getStyleClass().add("parameter-label");
        ComboBox<AttributeType> type = new ComboBox<>();
        type.getItems().addAll(AttributeType.values());
        type.setId("parameterType" + number);
        type.valueProperty().bindBidirectional(slot.typeProperty());
        type.setPrefWidth(80);
        TextField value = new TextField();
        value.setId("parameterValue" + number);
        value.textProperty().bindBidirectional(slot.textProperty());
        value.disableProperty().bind(slot.editedProperty().isNotNull());
        HBox.setHgrow(value, Priority.ALWAYS);
        Button more = new Button(null, FontIcon.of(Feather.MORE_HORIZONTAL));
        more.setId("parameterEdit" + number);
        more.setTooltip(new Tooltip("Edit the value in the value editor (several lines, a file, set members)"));
        more.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !DIALOG_TYPES.contains(slot.typeProperty().get()), slot.typeProperty()));
        more.setOnAction(event -> edit(slot));
        Button clear = new Button(null, FontIcon.of(Feather.X));
        clear.setTooltip(new Tooltip("Type the value again"));
        clear.visibleProperty().bind(slot.editedProperty().isNotNull());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(event -> {
            slot.editedProperty().set(null);
            slot.textProperty().set("");
        });
        Label problem = new Label();
        problem.textProperty().bind(slot.problemProperty());
        problem.getStyleClass().add("builder-problem");
        problem.visibleProperty().bind(slot.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox line = new HBox(6, type, value, more, clear);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, where, line, problem);
    }

    private void edit(ParameterSlot slot) {
        DynamoValue current;
        try {
            current = slot.value();
        } catch (IllegalArgumentException notYet) {
            current = switch (slot.typeProperty().get()) {
                case B -> new BinaryValue(new byte[0]);
                case S -> new StringValue(slot.textProperty().get());
                default -> ParameterSlot.parse(placeholder(slot.typeProperty().get()), slot.typeProperty().get());
            };
        }
        ValueEditorDialog.ask(getScene().getWindow(), slot.labelProperty().get(), current).ifPresent(edited -> {
            // A string on one line and a number go back into the field; anything else is kept whole.
            if (edited instanceof StringValue s && !s.value().contains("\n")) {
                slot.editedProperty().set(null);
                slot.textProperty().set(s.value());
            } else if (edited instanceof NumberValue n) {
                slot.editedProperty().set(null);
                slot.textProperty().set(ValueSummary.of(n, Integer.MAX_VALUE));
            } else {
                slot.editedProperty().set(edited);
                slot.textProperty().set(ValueSummary.of(edited, 60));
            }
        });
    }

    private static String placeholder(AttributeType type) {
        return switch (type) {
            case N, NS -> "0";
            case SS -> "a";
            case BS -> "AA==";
            default -> "";
        };
    }
}
