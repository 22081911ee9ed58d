package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.item.ValueText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import dev.dynamodesk.ui.common.CodeSnippetMenu;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The scan and query builder above the grid: key conditions shaped by the table's (or an
 * index's) keys, filter rows, attributes to return, order and consistency, history and saved
 * queries. Ctrl+Enter runs from any field.
 */
public final class QueryBuilderView extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final List<Operator> SORT_OPERATORS = Arrays.stream(Operator.values()).filter(Operator::allowedOnSortKey).toList();

    private final QueryBuilderModel model;
    private final List<String> attributeNames;
    private final VBox filterRows = new VBox(4);
    private final VBox problems = new VBox(2);

    public QueryBuilderView(QueryBuilderModel model, List<String> attributeNames) {
        this.model = model;
        this.attributeNames = attributeNames;
        setId("queryBuilder");
        getStyleClass().add("query-builder");
        setSpacing(6);
        problems.setId("queryProblems");
        getChildren().addAll(keyRow(), filterRows, optionsRow(), problems);
        model.filters().addListener((ListChangeListener<FilterRow>) change -> showFilters());
        model.problems().addListener((ListChangeListener<String>) change -> showProblems());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.run();
                event.consume();
            }
        });
    }

    private FlowPane keyRow() {
        ComboBox<String> index = new ComboBox<>();
        index.setId("queryIndex");
        index.getItems().setAll(model.indexChoices());
        index.setOnShowing(event -> index.getItems().setAll(model.indexChoices()));
        index.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? "Table" : "Index " + name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        index.valueProperty().bindBidirectional(model.indexProperty());
        index.setTooltip(new Tooltip("Read the table or one of its secondary indexes"));

        Label mode = new Label();
        mode.setId("queryMode");
        mode.getStyleClass().add("mode-badge");
        mode.textProperty().bind(model.modeProperty());
        mode.setTooltip(new Tooltip("A partition key value makes it a Query; without one it is a Scan of every item"));

        Label partitionName = new Label();
        partitionName.getStyleClass().add("key-label");
        partitionName.textProperty().bind(Bindings.createStringBinding(() -> keyLabel(model.partitionKeyProperty().get()) + " =",
                model.partitionKeyProperty()));
        TextField partition = field("partitionValue", "value to Query; empty to Scan", 16);
        partition.textProperty().bindBidirectional(model.partitionProperty());
        validate(partition, () -> model.partitionKeyProperty().get());
        partition.setOnAction(event -> model.run());

        FlowPane row = new FlowPane(8, 6, index, mode, partitionName, partition);
        // An index keyed on several attributes: a field for each further partition-key attribute, all needed for a Query.
        for (int position = 1; position <= 3; position++) {
            row.getChildren().add(morePartitionGroup(position));
        }
        HBox sortPart = sortGroup(model.sortKeyProperty(), model.sortOperatorProperty(), model.sortValueProperty(),
                model.sortValue2Property(), "sortOperator", "sortValue", "sortValue2");
        row.getChildren().add(sortPart);
        for (int position = 1; position <= 3; position++) {
            int at = position;
            ObjectBinding<KeyAttribute> key = Bindings.createObjectBinding(() -> keyAt(model.sortKeysProperty().get(), at),
                    model.sortKeysProperty());
            SortRow sort = model.moreSort(position);
            row.getChildren().add(sortGroup(key, sort.operatorProperty(), sort.valueProperty(), sort.value2Property(),
                    "sort" + (position + 1) + "Operator", "sort" + (position + 1) + "Value", "sort" + (position + 1) + "Upper"));
        }
        row.getStyleClass().add("builder-row");
        return row;
    }

    private HBox morePartitionGroup(int position) {
        ObjectBinding<KeyAttribute> key = Bindings.createObjectBinding(() -> keyAt(model.partitionKeysProperty().get(), position),
                model.partitionKeysProperty());
        Label name = new Label();
        name.getStyleClass().add("key-label");
        name.textProperty().bind(Bindings.createStringBinding(() -> "+ " + keyLabel(key.get()) + " =", key));
        TextField value = field("partition" + (position + 1) + "Value", "value", 10);
        value.textProperty().bindBidirectional(model.morePartitionProperty(position));
        validate(value, key::get);
        value.setOnAction(event -> model.run());
        value.setTooltip(new Tooltip("Every partition-key attribute of this index needs a value for a Query"));
        HBox group = new HBox(6, name, value);
        group.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        group.visibleProperty().bind(key.isNotNull());
        group.managedProperty().bind(group.visibleProperty());
        keepPreferredWidths(group);
        return group;
    }

    /**
     * A sort-key attribute's condition: its name, the operator (none by default), the value and,
     * for between, the upper value. Hidden when there is no such attribute.
     */
    private HBox sortGroup(ObjectBinding<KeyAttribute> key, ObjectProperty<Operator> operatorValue, StringProperty value,
                           StringProperty value2, String operatorId, String valueId, String value2Id) {
        Label sortName = new Label();
        sortName.getStyleClass().add("key-label");
        sortName.textProperty().bind(Bindings.createStringBinding(() -> keyLabel(key.get()), key));
        ComboBox<Operator> sortOperator = new ComboBox<>();
        sortOperator.setId(operatorId);
        sortOperator.getItems().add(null);
        sortOperator.getItems().addAll(SORT_OPERATORS);
        sortOperator.setConverter(operatorNames("any"));
        sortOperator.valueProperty().bindBidirectional(operatorValue);
        TextField sortValue = field(valueId, "value", 12);
        sortValue.textProperty().bindBidirectional(value);
        sortValue.disableProperty().bind(operatorValue.isNull());
        validate(sortValue, () -> operatorValue.get() == Operator.BEGINS_WITH ? null : key.get());
        Label and = new Label("and");
        TextField sortValue2 = field(value2Id, "upper value", 12);
        sortValue2.textProperty().bindBidirectional(value2);
        var between = operatorValue.isEqualTo(Operator.BETWEEN);
        for (Node node : List.of(and, sortValue2)) {
            node.visibleProperty().bind(between);
            node.managedProperty().bind(between);
        }
        HBox sortPart = new HBox(6, sortName, sortOperator, sortValue, and, sortValue2);
        sortPart.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        sortPart.getStyleClass().add("builder-group");
        sortPart.visibleProperty().bind(key.isNotNull());
        sortPart.managedProperty().bind(sortPart.visibleProperty());
        keepPreferredWidths(sortPart);
        return sortPart;
    }

    private static KeyAttribute keyAt(List<KeyAttribute> keys, int position) {
        return position < keys.size() ? keys.get(position) : null;
    }

    private FlowPane optionsRow() {
        Button add = new Button("Filter", FontIcon.of(Feather.PLUS));
        add.setId("addFilter");
        add.getStyleClass().addAll("small", "flat");
        add.setTooltip(new Tooltip("Add a condition on any attribute, nested paths too (a.b[0].c)"));
        add.setOnAction(event -> model.addFilter());

        Label returnLabel = new Label("Return");
        TextField projection = field("projection", "all attributes (or: a, b.c, d[0])", 14);
        projection.textProperty().bindBidirectional(model.projectionProperty());

        CheckBox descending = new CheckBox("Descending");
        descending.setId("descending");
        descending.selectedProperty().bindBidirectional(model.descendingProperty());
        descending.disableProperty().bind(model.modeProperty().isEqualTo("Scan"));
        descending.setTooltip(new Tooltip("Sort key order, highest first (Query only)"));
        CheckBox consistent = new CheckBox("Consistent read");
        consistent.setId("consistentRead");
        consistent.selectedProperty().bindBidirectional(model.consistentReadProperty());

        MenuButton history = new MenuButton("History");
        history.setId("queryHistory");
        history.getStyleClass().add("small");
        history.setOnShowing(event -> fillHistory(history));
        history.getItems().add(new MenuItem("(empty)"));
        MenuButton saved = new MenuButton("Saved");
        saved.setId("savedQueries");
        saved.getStyleClass().add("small");
        saved.setOnShowing(event -> fillSaved(saved));
        saved.getItems().add(new MenuItem("(empty)"));

        Button clear = new Button("Clear");
        clear.setId("clearQuery");
        clear.getStyleClass().add("small");
        clear.setOnAction(event -> model.clear());
        Button run = new Button("Run", FontIcon.of(Feather.PLAY));
        run.setId("runQuery");
        run.getStyleClass().addAll("small", "accent");
        run.setTooltip(new Tooltip("Run the scan or query (Ctrl+Enter)"));
        run.setOnAction(event -> model.run());

        HBox returnPart = new HBox(6, returnLabel, projection);
        returnPart.getStyleClass().add("builder-group");
        MenuButton code = new MenuButton("Code", FontIcon.of(Feather.CODE));
        code.setId("queryCode");
        code.getStyleClass().add("small");
        code.setTooltip(new Tooltip("Copy this scan or query as an AWS CLI command or a program that reads every page"));
        code.getItems().setAll(CodeSnippetMenu.items("copyQueryCode", model::snippet, model::profile));

        HBox runPart = new HBox(6, history, saved, code, clear, run);
        runPart.getStyleClass().add("builder-group");
        FlowPane row = new FlowPane(8, 6, add, returnPart, descending, consistent, runPart);
        row.getStyleClass().add("builder-row");
        return row;
    }

    private void showFilters() {
        filterRows.getChildren().clear();
        List<FilterRow> rows = model.filters();
        for (int i = 0; i < rows.size(); i++) {
            filterRows.getChildren().add(new FilterRowView(rows.get(i), i, attributeNames, model::removeFilter));
        }
    }

    private void showProblems() {
        problems.getChildren().clear();
        for (String problem : model.problems()) {
            Label label = new Label(problem, FontIcon.of(Feather.ALERT_CIRCLE));
            label.getStyleClass().add("builder-problem");
            label.setWrapText(true);
            problems.getChildren().add(label);
        }
    }

    private void fillHistory(MenuButton menu) {
        menu.getItems().clear();
        for (QueryForm form : model.history()) {
            MenuItem item = new MenuItem(shorten(form.summary()));
            item.setOnAction(event -> {
                model.load(form);
                model.run();
            });
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No queries run yet");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private void fillSaved(MenuButton menu) {
        menu.getItems().clear();
        MenuItem saveCurrent = new MenuItem("Save this query…");
        saveCurrent.setId("saveQuery");
        saveCurrent.setOnAction(event -> {
            TextInputDialog ask = new TextInputDialog();
            ask.setHeaderText("Save this query as");
            ask.initOwner(getScene().getWindow());
            ask.showAndWait().filter(name -> !name.isBlank()).ifPresent(model::save);
        });
        menu.getItems().addAll(saveCurrent, new SeparatorMenuItem());
        for (Map.Entry<String, QueryForm> entry : model.saved().entrySet()) {
            MenuItem item = new MenuItem(entry.getKey());
            item.setOnAction(event -> {
                model.load(entry.getValue());
                model.run();
            });
            menu.getItems().add(item);
        }
    }

    /** Labels, buttons and boxes keep their full text; only text fields give up room. */
    static void keepPreferredWidths(HBox row) {
        for (Node child : row.getChildren()) {
            if (child instanceof Region region && !(child instanceof TextField) && !(child instanceof HBox)
                    && !region.getStyleClass().contains("spacer")) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 89) + "…";
    }

    private static String keyLabel(KeyAttribute key) {
        return key == null ? "" : key.name() + " (" + key.type().name() + ")";
    }

    /** Marks the field red while its text is not a valid value of the key's type. */
    private static void validate(TextField field, Supplier<KeyAttribute> key) {
        field.textProperty().addListener((observable, old, text) -> {
            KeyAttribute attribute = key.get();
            boolean bad = false;
            if (attribute != null && !text.isEmpty()) {
                try {
                    ValueText.parse(text, attribute.type());
                } catch (IllegalArgumentException e) {
                    bad = true;
                    field.setTooltip(new Tooltip(e.getMessage()));
                }
            }
            field.pseudoClassStateChanged(INVALID, bad);
            if (!bad) {
                field.setTooltip(null);
            }
        });
    }

    static TextField field(String id, String prompt, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.getStyleClass().add("small");
        return field;
    }

    static StringConverter<Operator> operatorNames(String nullName) {
        return new StringConverter<>() {
            @Override
            public String toString(Operator operator) {
                return operator == null ? nullName : operator.label();
            }

            @Override
            public Operator fromString(String text) {
                return null;
            }
        };
    }

    /** Shows an operator by its label in the closed box too. */
    static ListCell<Operator> operatorCell(String nullName) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Operator operator, boolean empty) {
                super.updateItem(operator, empty);
                setText(empty ? null : operator == null ? nullName : operator.label());
            }
        };
    }
}
