package dev.dynamodesk.ui.editor;

import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BinarySetValue;
import dev.dynamodesk.item.BinaryValue;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NullValue;
import dev.dynamodesk.item.NumberSetValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.item.ValueText;
import dev.dynamodesk.item.edit.ItemSize;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Edits one value with an editor made for its type: text over several lines, a number checked as
 * typed, binary as base64 (or loaded from a file), true/false, and sets as a list of members that
 * refuses a repeated one. Returns the new value, or nothing when cancelled.
 */
public final class ValueEditorDialog {
    private final DynamoValue original;
    private final Label problem = new Label();
    private TextArea text;
    private CheckBox bool;
    private ListView<String> members;

    private ValueEditorDialog(DynamoValue original) {
        this.original = original;
        problem.getStyleClass().add("builder-problem");
        problem.setWrapText(true);
    }

    public static Optional<DynamoValue> ask(Window owner, String where, DynamoValue value) {
        return new ValueEditorDialog(value).show(owner, where);
    }

    private Optional<DynamoValue> show(Window owner, String where) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Edit value");
        dialog.setHeaderText(where + " — " + original.type().displayName() + " (" + original.type().name() + ")");
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, apply);
        dialog.getDialogPane().setContent(new VBox(8, editor(owner), problem));
        dialog.getDialogPane().setId("valueEditor");
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().setPrefWidth(640);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        // Keep the dialog open while the value is not valid.
        dialog.getDialogPane().lookupButton(apply).addEventFilter(ActionEvent.ACTION, event -> {
            try {
                read();
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                event.consume();
            }
        });
        return dialog.showAndWait().filter(apply::equals).map(button -> read());
    }

    private VBox editor(Window owner) {
        AttributeType type = original.type();
        if (type == AttributeType.BOOL) {
            bool = new CheckBox("true");
            bool.setId("boolValue");
            bool.setSelected(((BoolValue) original).value());
            return new VBox(bool);
        }
        if (type == AttributeType.NULL) {
            return new VBox(new Label("NULL has no value to edit. Change the type to give it one."));
        }
        if (type.isSet()) {
            members = new ListView<>();
            members.setId("setMembers");
            members.getItems().setAll(memberTexts(original));
            members.setPrefHeight(220);
            TextField add = new TextField();
            add.setId("newMember");
            add.setPromptText(type == AttributeType.BS ? "member as base64" : "new member");
            Button addButton = new Button("Add");
            addButton.setId("addMember");
            addButton.setOnAction(event -> {
                String member = add.getText();
                if (members.getItems().contains(member)) {
                    problem.setText("A set cannot hold the same member twice: \"" + member + "\" is already there.");
                    return;
                }
                try {
                    ValueText.parse(member, memberType(type));
                    members.getItems().add(member);
                    add.clear();
                    problem.setText("");
                } catch (IllegalArgumentException e) {
                    problem.setText(e.getMessage());
                }
            });
            Button remove = new Button("Remove selected");
            remove.setOnAction(event -> members.getItems().removeAll(members.getSelectionModel().getSelectedItems()));
            return new VBox(6, members, new HBox(6, add, addButton, remove));
        }
        text = new TextArea(initialText());
        text.setId("valueText");
        text.setWrapText(type == AttributeType.S || type == AttributeType.B);
        text.setPrefRowCount(type == AttributeType.N ? 1 : 10);
        text.getStyleClass().add("item-text");
        VBox box = new VBox(6, text);
        if (type == AttributeType.B) {
            Button fromFile = new Button("Load from a file…");
            fromFile.setOnAction(event -> {
                var file = new FileChooser().showOpenDialog(owner);
                if (file != null) {
                    try {
                        // Checked first so a huge file is never read into memory on the FX thread;
                        // anything that fits an item reads in milliseconds.
                        long size = Files.size(file.toPath());
                        if (size > ItemSize.LIMIT) {
                            problem.setText(file.getName() + " is " + size + " bytes; an item holds at most "
                                    + ItemSize.LIMIT + " bytes.");
                            return;
                        }
                        text.setText(new BinaryValue(Files.readAllBytes(file.toPath())).toBase64());
                    } catch (IOException e) {
                        problem.setText("Could not read " + file + ": " + e.getMessage());
                    }
                }
            });
            box.getChildren().add(new HBox(8, fromFile, new Label("Shown as base64; " + ((BinaryValue) original).length() + " bytes now")));
        }
        return box;
    }

    private String initialText() {
        if (original instanceof StringValue s) {
            return s.value();
        }
        if (original instanceof NumberValue n) {
            return n.text();
        }
        if (original instanceof BinaryValue b) {
            return b.toBase64();
        }
        return "";
    }

    private DynamoValue read() {
        AttributeType type = original.type();
        if (bool != null) {
            return BoolValue.of(bool.isSelected());
        }
        if (type == AttributeType.NULL) {
            return NullValue.INSTANCE;
        }
        if (members != null) {
            List<DynamoValue> parsed = new ArrayList<>();
            for (String member : members.getItems()) {
                parsed.add(ValueText.parse(member, memberType(type)));
            }
            if (parsed.isEmpty()) {
                throw new IllegalArgumentException("A set cannot be empty. Delete the attribute instead.");
            }
            return switch (type) {
                case SS -> StringSetValue.of(members.getItems());
                case NS -> NumberSetValue.of(parsed.stream().map(NumberValue.class::cast).toList());
                default -> BinarySetValue.of(parsed.stream().map(BinaryValue.class::cast).toList());
            };
        }
        return ValueText.parse(text.getText(), type);
    }

    private static AttributeType memberType(AttributeType set) {
        return set == AttributeType.SS ? AttributeType.S : set == AttributeType.NS ? AttributeType.N : AttributeType.B;
    }

    private static List<String> memberTexts(DynamoValue set) {
        if (set instanceof StringSetValue ss) {
            return List.copyOf(ss.members());
        }
        if (set instanceof NumberSetValue ns) {
            return ns.members().stream().map(NumberValue::text).toList();
        }
        return ((BinarySetValue) set).members().stream().map(BinaryValue::toBase64).toList();
    }
}
