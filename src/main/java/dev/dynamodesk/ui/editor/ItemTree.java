package dev.dynamodesk.ui.editor;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.ValueSummary;
import dev.dynamodesk.item.edit.ItemValidation;
import dev.dynamodesk.item.edit.KeySlot;
import dev.dynamodesk.item.edit.ValuePath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.util.converter.DefaultStringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The item as a tree: name, type and value per row, maps and lists expanding, set members listed
 * under their set. Names and simple values are edited in place; the tree is rebuilt after every
 * change keeping what was expanded and selected.
 */
final class ItemTree {
    private final TreeTableView<EditorNode> view = new TreeTableView<>(new TreeItem<>());
    private final List<KeySlot> keys;
    private Map<ValuePath, String> problems = Map.of();

    /**
     * {@code renamed} is told (path, new name) when a name is edited in place; {@code valueTyped}
     * (node, text) when a value is.
     */
    ItemTree(List<KeySlot> keys, BiConsumer<EditorNode, String> renamed, BiConsumer<EditorNode, String> valueTyped) {
        this.keys = keys;
        view.setId("itemTree");
        view.getStyleClass().addAll("item-tree", "dense");
        view.setShowRoot(false);
        view.setEditable(true);
        view.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TreeTableColumn<EditorNode, String> name = new TreeTableColumn<>("Name");
        name.setId("nameColumn");
        name.setPrefWidth(240);
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().label()));
        name.setCellFactory(column -> new NameCell());
        name.setOnEditCommit(event -> renamed.accept(event.getRowValue().getValue(), event.getNewValue()));

        TreeTableColumn<EditorNode, String> type = new TreeTableColumn<>("Type");
        type.setId("typeColumn");
        type.setPrefWidth(110);
        type.setEditable(false);
        type.setCellValueFactory(cell -> new ReadOnlyStringWrapper(typeLabel(cell.getValue().getValue())));

        TreeTableColumn<EditorNode, String> value = new TreeTableColumn<>("Value");
        value.setId("valueColumn");
        value.setPrefWidth(420);
        value.setCellValueFactory(cell -> new ReadOnlyStringWrapper(valueText(cell.getValue().getValue())));
        value.setCellFactory(column -> new ValueTextCell());
        value.setOnEditCommit(event -> valueTyped.accept(event.getRowValue().getValue(), event.getNewValue()));

        view.getColumns().setAll(List.of(name, type, value));
    }

    TreeTableView<EditorNode> view() {
        return view;
    }

    EditorNode selected() {
        TreeItem<EditorNode> item = view.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** Rebuilds the rows from {@code item}, keeping expanded rows and the selection where they still exist. */
    void show(Item item, List<ItemValidation.Problem> found, ValuePath select) {
        problems = new HashMap<>();
        for (ItemValidation.Problem problem : found) {
            if (problem.path() != null) {
                problems.merge(problem.path(), problem.message(), (a, b) -> a + "; " + b);
            }
        }
        Set<ValuePath> expanded = new HashSet<>();
        collectExpanded(view.getRoot(), expanded);
        EditorNode before = selected();
        ValuePath wanted = select != null ? select : before == null ? null : before.path();
        boolean firstTime = view.getRoot().getChildren().isEmpty();
        // An edit typed in a cell, an undo or a redo rebuilds the rows, and the field that had the
        // keyboard goes with them: the tree takes it back, so Enter, then Ctrl+S, saves.
        boolean hadFocus = focusWithin();

        TreeItem<EditorNode> root = new TreeItem<>();
        // Key attributes first: they say which item this is.
        for (KeySlot key : keys) {
            DynamoValue value = item.get(key.name());
            if (value != null) {
                root.getChildren().add(build(new EditorNode(ValuePath.attribute(key.name()), key.name(), value, false, true),
                        expanded, firstTime));
            }
        }
        for (Map.Entry<String, DynamoValue> entry : item.attributes().entrySet()) {
            if (keys.stream().noneMatch(k -> k.name().equals(entry.getKey()))) {
                ValuePath path = ValuePath.attribute(entry.getKey());
                root.getChildren().add(build(new EditorNode(path, entry.getKey(), entry.getValue(), false, false), expanded, firstTime));
            }
        }
        view.setRoot(root);
        if (wanted != null) {
            select(root, wanted);
        }
        if (hadFocus) {
            view.requestFocus();
            // Also after the cell that was being edited has finished with the event.
            Platform.runLater(view::requestFocus);
        }
    }

    private boolean focusWithin() {
        if (view.getScene() == null) {
            return false;
        }
        for (Node node = view.getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node == view) {
                return true;
            }
        }
        return false;
    }

    /** Starts typing the selected value in place, or says it cannot be (then the caller opens the full editor). */
    boolean editSelectedInPlace() {
        TreeItem<EditorNode> item = view.getSelectionModel().getSelectedItem();
        if (item == null || !editableInPlace(item.getValue())) {
            return false;
        }
        view.edit(view.getRow(item), view.getColumns().get(view.getColumns().size() - 1));
        return true;
    }

    private TreeItem<EditorNode> build(EditorNode node, Set<ValuePath> expanded, boolean firstTime) {
        TreeItem<EditorNode> item = new TreeItem<>(node);
        DynamoValue value = node.value();
        if (value instanceof MapValue map) {
            map.entries().forEach((name, child) ->
                    item.getChildren().add(build(new EditorNode(node.path().key(name), name, child, false, false), expanded, firstTime)));
        } else if (value instanceof ListValue list) {
            for (int i = 0; i < list.elements().size(); i++) {
                item.getChildren().add(build(new EditorNode(node.path().index(i), "[" + i + "]", list.elements().get(i), false, false),
                        expanded, firstTime));
            }
        } else if (value.type().isSet()) {
            for (DynamoValue member : members(value)) {
                item.getChildren().add(new TreeItem<>(new EditorNode(node.path(), "member", member, true, false)));
            }
        }
        // Opened the first time down to the second level; afterwards as the user left it.
        item.setExpanded(firstTime ? node.path().depth() <= 1 : expanded.contains(node.path()));
        return item;
    }

    private static List<DynamoValue> members(DynamoValue set) {
        if (set instanceof StringSetValue ss) {
            return ss.members().stream().map(m -> (DynamoValue) new StringValue(m)).toList();
        }
        if (set instanceof NumberSetValue ns) {
            return List.copyOf(ns.members());
        }
        return List.copyOf(((BinarySetValue) set).members());
    }

    private static void collectExpanded(TreeItem<EditorNode> item, Set<ValuePath> into) {
        for (TreeItem<EditorNode> child : item.getChildren()) {
            if (child.isExpanded() && child.getValue() != null && !child.getValue().setMember()) {
                into.add(child.getValue().path());
            }
            collectExpanded(child, into);
        }
    }

    private boolean select(TreeItem<EditorNode> item, ValuePath path) {
        for (TreeItem<EditorNode> child : item.getChildren()) {
            if (!child.getValue().setMember() && child.getValue().path().equals(path)) {
                view.getSelectionModel().select(child);
                return true;
            }
            if (path.toString().startsWith(child.getValue().path().toString()) && select(child, path)) {
                child.setExpanded(true);
                return true;
            }
        }
        return false;
    }

    private static String typeLabel(EditorNode node) {
        return node.value().type().name();
    }

    /** The text a value shows, and is edited as in place. */
    static String valueText(EditorNode node) {
        DynamoValue value = node.value();
        if (value instanceof StringValue s) {
            return s.value();
        }
        if (value instanceof NumberValue n) {
            return n.text();
        }
        if (value instanceof BinaryValue b) {
            return b.toBase64();
        }
        return ValueSummary.of(value, 200);
    }

    /** Strings on one line, numbers, booleans and binary are edited in place; the rest in a dialog. */
    static boolean editableInPlace(EditorNode node) {
        if (node == null || node.setMember()) {
            return false;
        }
        AttributeType type = node.value().type();
        return (type == AttributeType.S && !((StringValue) node.value()).value().contains("\n"))
                || type == AttributeType.N || type == AttributeType.BOOL || type == AttributeType.B;
    }

    /** A name: a key icon for key attributes, a mark for problems, editable for attribute and map names. */
    private final class NameCell extends TextFieldTreeTableCell<EditorNode, String> {
        NameCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            EditorNode node = getTableRow() == null ? null : getTableRow().getItem();
            if (node != null && node.isNamed() && !node.key()) {
                super.startEdit();
            }
        }

        @Override
        public void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            EditorNode node = empty || getTableRow() == null ? null : getTableRow().getItem();
            getStyleClass().removeAll("key-name", "problem-name", "member-name");
            setTooltip(null);
            if (node == null || isEditing()) {
                setGraphic(isEditing() ? getGraphic() : null);
                return;
            }
            if (node.key()) {
                getStyleClass().add("key-name");
                setGraphic(FontIcon.of(Feather.KEY));
                setTooltip(new Tooltip("Key attribute: changing its value saves the item under a new key"));
            } else {
                setGraphic(null);
            }
            if (node.setMember()) {
                getStyleClass().add("member-name");
            }
            String problem = node.setMember() ? null : problems.get(node.path());
            if (problem != null) {
                getStyleClass().add("problem-name");
                setGraphic(FontIcon.of(Feather.ALERT_TRIANGLE));
                setTooltip(new Tooltip(problem));
            }
        }
    }

    /** A value: typed in place where {@link #editableInPlace} says so, coloured by type. */
    private static final class ValueTextCell extends TreeTableCell<EditorNode, String> {
        private TextField field;

        @Override
        public void startEdit() {
            EditorNode node = getTableRow() == null ? null : getTableRow().getItem();
            if (!editableInPlace(node)) {
                return;
            }
            super.startEdit();
            field = new TextField(getItem());
            field.setOnAction(event -> commitEdit(field.getText()));
            field.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.selectAll();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(null);
            setText(getItem());
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            EditorNode node = empty || getTableRow() == null ? null : getTableRow().getItem();
            getStyleClass().removeIf(style -> style.startsWith("value-"));
            if (node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (!isEditing()) {
                boolean emptyString = node.value() instanceof StringValue && text != null && text.isEmpty();
                setText(emptyString ? "\"\"  (empty string)" : text == null ? null : text.replace('\n', '⏎'));
                setGraphic(null);
            }
            getStyleClass().add("value-" + node.value().type().name().toLowerCase());
        }
    }
}
