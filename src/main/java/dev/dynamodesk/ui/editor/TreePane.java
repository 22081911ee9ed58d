package dev.dynamodesk.ui.editor;

import dev.dynamodesk.ui.common.ContextCommand;
import dev.dynamodesk.ui.common.ContextMenus;
import dev.dynamodesk.ui.common.DialogService;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ListValue;
import dev.dynamodesk.item.MapValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.ValueText;
import dev.dynamodesk.item.edit.ItemEdits;
import dev.dynamodesk.item.edit.TypeConversion;
import dev.dynamodesk.item.edit.ValuePath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The tree view of the editor with its actions: add an attribute, add a child, delete, move a list
 * element, change a type, edit a value. Every action is one undoable edit; a refused one says why.
 */
final class TreePane extends BorderPane {
    private final ItemEditorModel model;
    private final ItemTree tree;
    private final Consumer<String> say;
    private ValuePath selectAfter;

    TreePane(ItemEditorModel model, Consumer<String> say) {
        this.model = model;
        this.say = say;
        this.tree = new ItemTree(model.keys(), this::rename, this::typed);
        setTop(toolbar());
        setCenter(tree.view());
        tree.view().setContextMenu(contextMenu());
        // The table's TTL attribute, picked: when DynamoDB will delete the item.
        tree.view().getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            String ttl = model.timeToLiveAttribute();
            if (ttl != null && now != null && now.getValue() != null && !now.getValue().setMember()
                    && now.getValue().path().toString().equals(ttl)) {
                say.accept(ttl + " is the table's time to live: "
                        + dev.dynamodesk.item.Expiry.describe(now.getValue().value(), java.time.Instant.now()));
            }
        });
        tree.view().setOnKeyPressed(event -> {
            // Keys typed into a value being edited are the field's, even when it lets them through.
            if (event.getTarget() != tree.view()) {
                return;
            }
            if (event.getCode() == KeyCode.DELETE) {
                delete();
            } else if ((event.getCode() == KeyCode.F2 || event.getCode() == KeyCode.ENTER) && tree.selected() != null) {
                // Typed in place where it can be; otherwise the full editor, as a double-click does.
                if (!tree.editSelectedInPlace()) {
                    editValue();
                }
                event.consume();
            }
        });
        tree.view().setOnMouseClicked(event -> {
            EditorNode node = tree.selected();
            if (event.getClickCount() == 2 && node != null && !ItemTree.editableInPlace(node)) {
                editValue();
            }
        });
        model.currentProperty().addListener((observable, old, item) -> refresh());
        model.problems().addListener((ListChangeListener<Object>) change -> refresh());
        refresh();
    }

    private void refresh() {
        tree.show(model.current(), model.problems(), selectAfter);
        selectAfter = null;
    }

    private HBox toolbar() {
        Button addAttribute = button("addAttribute", Feather.PLUS, "Attribute", "Add an attribute to the item");
        addAttribute.setOnAction(event -> addAttribute());
        Button addChild = button("addChild", Feather.CORNER_DOWN_RIGHT, "Child", "Add an entry to the selected map or list");
        addChild.setOnAction(event -> addChild());
        Button addSibling = button("addSibling", Feather.PLUS_SQUARE, "Sibling",
                "Add an entry next to the selected one, in the same map or list");
        addSibling.setOnAction(event -> addSibling());
        Button delete = button("deleteValue", Feather.TRASH_2, null, "Delete the selected value (Delete)");
        delete.setOnAction(event -> delete());
        Button up = button("moveUp", Feather.ARROW_UP, null, "Move the selected list element up");
        up.setOnAction(event -> move(-1));
        Button down = button("moveDown", Feather.ARROW_DOWN, null, "Move the selected list element down");
        down.setOnAction(event -> move(1));
        Button edit = button("editValue", Feather.EDIT_3, "Edit…", "Edit the selected value in full (text, binary, set members)");
        edit.setOnAction(event -> editValue());
        MenuButton type = new MenuButton("Type");
        type.setId("changeType");
        type.getStyleClass().add("small");
        type.setOnShowing(event -> type.getItems().setAll(typeItems()));
        HBox bar = new HBox(6, addAttribute, addSibling, addChild, edit, type, up, down, delete);
        bar.getStyleClass().add("editor-toolbar");
        bar.setDisable(model.readOnly());
        return bar;
    }

    private ContextMenu contextMenu() {
        BooleanSupplier writable = () -> !model.readOnly();
        Menu type = new Menu("Change type to");
        type.setId("changeTypeTo");
        return ContextMenus.of(List.of(
                ContextCommand.of("editValueHere", "Edit value…", this::editValue).enabledWhen(writable),
                ContextCommand.prebuilt(type).enabledWhen(writable),
                ContextCommand.of("addChildHere", "Add child…", this::addChild).enabledWhen(writable),
                ContextCommand.of("addSiblingHere", "Add sibling…", this::addSibling).enabledWhen(writable),
                ContextCommand.of("addAttributeHere", "Add attribute…", this::addAttribute).enabledWhen(writable),
                ContextCommand.of("deleteHere", "Delete", this::delete).enabledWhen(writable)),
                () -> type.getItems().setAll(typeItems()));
    }

    private List<MenuItem> typeItems() {
        EditorNode node = tree.selected();
        List<MenuItem> items = new ArrayList<>();
        for (AttributeType type : AttributeType.values()) {
            MenuItem item = new MenuItem(type.name() + " — " + type.displayName());
            item.setId("toType" + type.name());
            boolean keyRefuses = node != null && node.key() && model.keys().stream()
                    .anyMatch(k -> k.name().equals(node.path().attributeName()) && k.type() != type);
            item.setDisable(node == null || node.setMember() || node.value().type() == type || keyRefuses);
            item.setOnAction(event -> changeType(node, type));
            items.add(item);
        }
        return items;
    }

    private void changeType(EditorNode node, AttributeType type) {
        TypeConversion.Result converted = TypeConversion.convert(node.value(), type);
        DynamoValue value = converted.value();
        if (!converted.ok()) {
            boolean replace = DialogService.current().confirm(window(), DialogService.Question.of("convertLosesData",
                    "Cannot convert " + node.path() + " without losing data", converted.problem()
                    + ".\n\nReplace the value with an empty " + type.displayName().toLowerCase() + " instead?")
                    .yes("Replace").asWarning());
            if (!replace) {
                return;
            }
            value = DefaultValues.of(type);
        }
        DynamoValue newValue = value;
        apply("Change type of " + node.path() + " to " + type.name(), node.path(),
                item -> ItemEdits.set(item, node.path(), newValue));
    }

    private void addAttribute() {
        NewValueDialog.ask(window(), "New attribute", true).ifPresent(answer -> {
            if (model.current().has(answer.name())) {
                say.accept("The item already has an attribute \"" + answer.name() + "\".");
                return;
            }
            ValuePath path = ValuePath.attribute(answer.name());
            apply("Add attribute " + answer.name(), path, item -> ItemEdits.set(item, path, DefaultValues.of(answer.type())));
        });
    }

    private void addChild() {
        EditorNode node = tree.selected();
        if (node == null || node.setMember() || !(node.value() instanceof MapValue || node.value() instanceof ListValue
                || node.value().type().isSet())) {
            say.accept("Select a map, a list or a set to add to.");
            return;
        }
        if (node.value().type().isSet()) {
            editValue();
            return;
        }
        boolean map = node.value() instanceof MapValue;
        NewValueDialog.ask(window(), map ? "New entry of " + node.path() : "New element of " + node.path(), map)
                .ifPresent(answer -> {
                    ValuePath path = map ? node.path().key(answer.name())
                            : node.path().index(((ListValue) node.value()).elements().size());
                    if (map && ((MapValue) node.value()).entries().containsKey(answer.name())) {
                        say.accept(node.path() + " already has \"" + answer.name() + "\".");
                        return;
                    }
                    apply("Add " + path, path, item -> ItemEdits.set(item, path, DefaultValues.of(answer.type())));
                });
    }

    /** Adds next to the selected value: an attribute at the top, an entry of the same map or list below. */
    private void addSibling() {
        EditorNode node = tree.selected();
        if (node == null || node.path().isAttribute()) {
            addAttribute();
            return;
        }
        if (node.setMember()) {
            editValue();
            return;
        }
        ValuePath parent = node.path().parent();
        DynamoValue container = ItemEdits.get(model.current(), parent);
        if (container instanceof ListValue list) {
            int at = ((ValuePath.Index) node.path().last()).index() + 1;
            NewValueDialog.ask(window(), "New element of " + parent, false).ifPresent(answer -> {
                ValuePath path = parent.index(at);
                apply("Add " + path, path, item -> ItemEdits.insert(item, path, DefaultValues.of(answer.type())));
            });
        } else if (container instanceof MapValue map) {
            NewValueDialog.ask(window(), "New entry of " + parent, true).ifPresent(answer -> {
                if (map.entries().containsKey(answer.name())) {
                    say.accept(parent + " already has \"" + answer.name() + "\".");
                    return;
                }
                ValuePath path = parent.key(answer.name());
                apply("Add " + path, path, item -> ItemEdits.set(item, path, DefaultValues.of(answer.type())));
            });
        }
    }

    private void delete() {
        EditorNode node = tree.selected();
        if (node == null || model.readOnly()) {
            return;
        }
        if (node.setMember()) {
            DynamoValue set = ItemEdits.get(model.current(), node.path());
            DynamoValue smaller = withoutMember(set, node.value());
            if (smaller == null) {
                say.accept("That is the set's last member, and a set cannot be empty: delete the whole attribute instead.");
                return;
            }
            apply("Remove a member of " + node.path(), node.path(), item -> ItemEdits.set(item, node.path(), smaller));
            return;
        }
        if (node.key()) {
            say.accept(node.path() + " is a key attribute: every item needs it.");
            return;
        }
        apply("Delete " + node.path(), node.path().isAttribute() ? null : node.path().parent(),
                item -> ItemEdits.remove(item, node.path()));
    }

    private void move(int by) {
        EditorNode node = tree.selected();
        if (node == null || !node.isListElement()) {
            say.accept("Select a list element to move it.");
            return;
        }
        int to = ((ValuePath.Index) node.path().last()).index() + by;
        ValuePath target = node.path().parent().index(Math.max(0, to));
        apply("Move " + node.path() + (by < 0 ? " up" : " down"), target, item -> ItemEdits.move(item, node.path(), to));
    }

    void focusTree() {
        tree.view().requestFocus();
    }

    private void editValue() {
        EditorNode node = tree.selected();
        if (node == null || model.readOnly()) {
            return;
        }
        if (node.value() instanceof MapValue || node.value() instanceof ListValue) {
            say.accept("A map or list is edited through its entries; use Child to add one.");
            return;
        }
        DynamoValue current = node.setMember() ? ItemEdits.get(model.current(), node.path()) : node.value();
        ValueEditorDialog.ask(window(), node.path().toString(), current).ifPresent(value ->
                apply("Edit " + node.path(), node.path(), item -> ItemEdits.set(item, node.path(), value)));
    }

    private void rename(EditorNode node, String newName) {
        if (newName.equals(node.label())) {
            return;
        }
        ValuePath renamed = node.path().isAttribute() ? ValuePath.attribute(newName) : node.path().parent().key(newName);
        apply("Rename " + node.path() + " to " + newName, renamed, item -> ItemEdits.rename(item, node.path(), newName));
    }

    private void typed(EditorNode node, String text) {
        try {
            DynamoValue value = ValueText.parse(text, node.value().type());
            apply("Set " + node.path(), node.path(), item -> ItemEdits.set(item, node.path(), value));
        } catch (IllegalArgumentException e) {
            say.accept(node.path() + ": " + e.getMessage());
            refresh();
        }
    }

    private void apply(String description, ValuePath select, UnaryOperator<Item> edit) {
        selectAfter = select;
        String refused = model.edit(description, edit);
        if (refused != null) {
            say.accept(refused);
        } else {
            say.accept("");
        }
        selectAfter = null;
    }

    private static DynamoValue withoutMember(DynamoValue set, DynamoValue member) {
        if (set instanceof StringSetValue ss && ss.members().size() > 1) {
            return StringSetValue.of(ss.members().stream().filter(m -> !new StringValue(m).equals(member)).toList());
        }
        if (set instanceof NumberSetValue ns && ns.members().size() > 1) {
            return NumberSetValue.of(ns.members().stream().filter(m -> !m.equals(member)).toList());
        }
        if (set instanceof BinarySetValue bs && bs.members().size() > 1) {
            return BinarySetValue.of(bs.members().stream().filter(m -> !m.equals(member)).toList());
        }
        return null;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Button button(String id, Feather icon, String text, String tooltip) {
        Button button = new Button(text, FontIcon.of(icon));
        button.setId(id);
        button.getStyleClass().add("small");
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}
