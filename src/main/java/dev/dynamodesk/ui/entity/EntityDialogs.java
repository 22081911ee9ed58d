package dev.dynamodesk.ui.entity;

import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.entity.AccessPattern;
import dev.dynamodesk.entity.Entity;
import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.entity.KeyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The small forms of the Entities view: a name, a pattern's parameters, a new access pattern. */
final class EntityDialogs {
    private EntityDialogs() {
    }

    static Optional<String> text(Window owner, String title, String label, String initial) {
        TextField field = new TextField(initial);
        field.setId("entityDialogText");
        return ask(owner, "entityTextDialog", title, new VBox(6, new Label(label), field), () -> field.getText().isBlank()
                ? null : field.getText().strip(), field);
    }

    /** One of {@code choices} ({@code #entityChoice}). */
    static Optional<String> choice(Window owner, String title, String label, List<String> choices) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("entityChoice");
        box.getItems().setAll(choices);
        if (!choices.isEmpty()) {
            box.setValue(choices.get(0));
        }
        return ask(owner, "entityChoiceDialog", title, new VBox(6, new Label(label), box), box::getValue, box);
    }

    /** The parameter to rename and its new name. */
    static Optional<String[]> renameParameter(Window owner, Entity entity) {
        ComboBox<String> parameter = new ComboBox<>();
        parameter.setId("parameterToRename");
        parameter.getItems().setAll(entity.parameters());
        if (!entity.parameters().isEmpty()) {
            parameter.setValue(entity.parameters().get(0));
        }
        TextField name = new TextField();
        name.setId("parameterNewName");
        return ask(owner, "renameParameterDialog", "Rename a parameter of " + entity.name(), new VBox(6, new Label("Parameter"), parameter,
                new Label("New name (letters, digits, _ . -)"), name), () -> parameter.getValue() == null
                || !name.getText().strip().matches("[A-Za-z_][A-Za-z0-9_.-]*") ? null
                : new String[] {parameter.getValue(), name.getText().strip()}, name, parameter);
    }

    /** One field a parameter ({@code param-NAME}); the lines say what they build. */
    static Optional<Map<String, String>> parameters(Window owner, String title, String header, List<String> parameters,
                                                    List<String> lines) {
        Map<String, TextField> fields = new LinkedHashMap<>();
        GridPane grid = fields(parameters, fields);
        VBox content = new VBox(8, new Label(header), grid);
        lines.forEach(line -> {
            Label label = new Label(line);
            label.getStyleClass().add("form-hint");
            label.setWrapText(true);
            content.getChildren().add(label);
        });
        return ask(owner, "patternParameters", title, content, () -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, TextField> field : fields.entrySet()) {
                if (field.getValue().getText().isBlank()) {
                    return null;
                }
                values.put(field.getKey(), field.getValue().getText().strip());
            }
            return values;
        }, fields.values().toArray(new Node[0]));
    }

    /** Fields that may stay empty ({@code param-NAME}); the values given, blank ones left out. */
    static Optional<Map<String, String>> optionalParameters(Window owner, String title, String header, List<String> parameters) {
        Map<String, TextField> fields = new LinkedHashMap<>();
        GridPane grid = fields(parameters, fields);
        Label text = new Label(header);
        text.setWrapText(true);
        text.setPrefWidth(420);
        return ask(owner, "entityPartitionDialog", title, new VBox(8, text, grid), () -> {
            Map<String, String> values = new LinkedHashMap<>();
            fields.forEach((parameter, field) -> {
                if (!field.getText().isBlank()) {
                    values.put(parameter, field.getText().strip());
                }
            });
            return values;
        }, fields.values().toArray(new Node[0]));
    }

    /** A labelled field a parameter ({@code param-NAME}), each put in {@code fields} by name. */
    private static GridPane fields(List<String> parameters, Map<String, TextField> fields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (String parameter : parameters) {
            TextField field = new TextField();
            field.setId("param-" + parameter);
            fields.put(parameter, field);
            grid.addRow(row++, new Label(parameter), field);
        }
        return grid;
    }

    /** A new access pattern of {@code model}: its name, entity, table or index, partition template and sort condition. */
    static Optional<AccessPattern> pattern(Window owner, EntityModel model) {
        TextField name = new TextField();
        name.setId("patternName");
        ComboBox<String> entity = new ComboBox<>();
        entity.setId("patternEntity");
        entity.getItems().setAll(model.entities().stream().map(Entity::name).toList());
        TextField index = new TextField();
        index.setId("patternIndex");
        index.setPromptText("blank: the table; else an index's name");
        TextField partition = new TextField();
        partition.setId("patternPartition");
        partition.setPromptText("company#{companyId}");
        ComboBox<String> operator = new ComboBox<>();
        operator.setId("patternSortOperator");
        operator.getItems().setAll("(none)", "=", "<", "<=", ">", ">=", "begins_with", "between");
        operator.setValue("(none)");
        TextField sort = new TextField();
        sort.setId("patternSortValues");
        sort.setPromptText("user#   (between: LOW and HIGH)");
        Label problem = new Label();
        problem.getStyleClass().add("form-problem");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Entity"), entity);
        grid.addRow(2, new Label("Index"), index);
        grid.addRow(3, new Label("Partition key"), partition);
        grid.addRow(4, new Label("Sort key"), operator, sort);
        Supplier<AccessPattern> built = () -> {
            try {
                Operator chosen = switch (operator.getValue()) {
                    case "=" -> Operator.EQ;
                    case "<" -> Operator.LT;
                    case "<=" -> Operator.LE;
                    case ">" -> Operator.GT;
                    case ">=" -> Operator.GE;
                    case "begins_with" -> Operator.BEGINS_WITH;
                    case "between" -> Operator.BETWEEN;
                    default -> null;
                };
                List<KeyTemplate> operands = new ArrayList<>();
                if (chosen != null) {
                    for (String part : chosen == Operator.BETWEEN ? sort.getText().split("(?i)\\s+and\\s+") : new String[] {sort.getText()}) {
                        operands.add(KeyTemplate.parse(part.strip()));
                    }
                }
                AccessPattern pattern = new AccessPattern(name.getText().strip(), null, entity.getValue(),
                        index.getText().isBlank() ? null : index.getText().strip(),
                        partition.getText().isBlank() ? null : KeyTemplate.parse(partition.getText().strip()), chosen, operands, false);
                problem.setText("");
                return pattern;
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                return null;
            }
        };
        return ask(owner, "newPatternDialog", "New access pattern", new VBox(8, grid, problem), built, name, entity, index, partition,
                operator, sort);
    }

    /** A dialog whose OK is possible only while {@code result} gives a value. */
    private static <T> Optional<T> ask(Window owner, String id, String title, Node content, Supplier<T> result, Node... inputs) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("confirmEntityDialog");
        List<javafx.beans.Observable> watched = new ArrayList<>();
        for (Node input : inputs) {
            if (input instanceof TextField field) {
                watched.add(field.textProperty());
            } else if (input instanceof ComboBox<?> box) {
                watched.add(box.valueProperty());
            }
        }
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> result.get() == null, watched.toArray(new javafx.beans.Observable[0])));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(button -> result.get());
    }
}
