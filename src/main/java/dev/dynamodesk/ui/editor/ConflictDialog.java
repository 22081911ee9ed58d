package dev.dynamodesk.ui.editor;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.ValueSummary;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A save was refused because the item changed on the server. Shows the server's item beside the
 * user's, attribute by attribute with the differences marked, and lets the user reload, overwrite
 * (explicitly) or merge by choosing, for each attribute that differs, which version to keep.
 */
final class ConflictDialog {
    enum Choice { RELOAD, OVERWRITE, MERGE }

    /** The choice, and for a merge the item assembled from the chosen versions. */
    record Decision(Choice choice, Item merged) {
    }

    private ConflictDialog() {
    }

    /**
     * {@code loaded} is the item as the user loaded it: where the user changed an attribute, their
     * version is preselected; everywhere else the server's, so a merge keeps the other change.
     */
    static Optional<Decision> ask(Window owner, String reason, Item server, Item mine, Item loaded) {
        return ask(owner, reason, server, mine, loaded, false);
    }

    /**
     * @param keyTaken the user moved the item to a key another item holds: {@code server} is that
     *                 item, and Overwrite replaces it (merging two different items makes no sense)
     */
    static Optional<Decision> ask(Window owner, String reason, Item server, Item mine, Item loaded, boolean keyTaken) {
        Set<String> names = new LinkedHashSet<>();
        if (server != null) {
            names.addAll(server.attributes().keySet());
        }
        names.addAll(mine.attributes().keySet());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, heading("Attribute"), heading("Yours"), heading(keyTaken ? "The item at your new key" : "On the server now"));
        Map<String, ToggleGroup> picks = new LinkedHashMap<>();
        int row = 1;
        for (String name : names) {
            DynamoValue yours = mine.get(name);
            DynamoValue theirs = server == null ? null : server.get(name);
            boolean differs = !Objects.equals(yours, theirs);
            RadioButton keepMine = new RadioButton(text(yours));
            RadioButton keepTheirs = new RadioButton(text(theirs));
            keepMine.setUserData("mine");
            keepTheirs.setUserData("theirs");
            ToggleGroup group = new ToggleGroup();
            keepMine.setToggleGroup(group);
            keepTheirs.setToggleGroup(group);
            boolean changedByMe = loaded == null || !Objects.equals(yours, loaded.get(name));
            (changedByMe ? keepMine : keepTheirs).setSelected(true);
            Label label = new Label(changedByMe && differs ? name + "  (you changed it)" : name);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // names whole; the values give way
            if (differs) {
                label.getStyleClass().add("conflict-differs");
                keepMine.getStyleClass().add("conflict-differs");
                keepTheirs.getStyleClass().add("conflict-differs");
                picks.put(name, group);
            } else {
                keepMine.setDisable(true);
                keepTheirs.setDisable(true);
            }
            grid.addRow(row++, label, keepMine, keepTheirs);
        }
        Label explain = new Label(reason + (keyTaken ? "" : server == null ? " It was deleted on the server."
                : " Attributes that differ are marked; pick which version of each to keep, then Merge."));
        explain.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(360);
        VBox content = new VBox(10, explain, scroll);
        content.setPrefWidth(820);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("The item changed");
        dialog.setHeaderText(keyTaken ? "Your save was not sent: the new key is taken" : "Your save was not sent: someone changed this item");
        ButtonType reload = new ButtonType("Reload theirs (discard mine)", ButtonBar.ButtonData.LEFT);
        ButtonType overwrite = new ButtonType(keyTaken ? "Replace that item with mine" : "Overwrite with mine", ButtonBar.ButtonData.OTHER);
        ButtonType merge = new ButtonType("Merge my choices", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(reload, ButtonType.CANCEL, overwrite, merge);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("conflictDialog");
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().lookupButton(reload).setDisable(server == null || keyTaken);
        dialog.getDialogPane().lookupButton(merge).setDisable(keyTaken);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        return dialog.showAndWait().flatMap(button -> {
            if (button == reload) {
                return Optional.of(new Decision(Choice.RELOAD, null));
            }
            if (button == overwrite) {
                return Optional.of(new Decision(Choice.OVERWRITE, null));
            }
            if (button == merge) {
                return Optional.of(new Decision(Choice.MERGE, merged(server, mine, picks)));
            }
            return Optional.empty();
        });
    }

    /** The server's item with the user's version of each attribute where the user chose "mine". */
    static Item merged(Item server, Item mine, Map<String, ToggleGroup> picks) {
        Map<String, DynamoValue> result = new LinkedHashMap<>(server == null ? Map.of() : server.attributes());
        for (String name : mine.attributes().keySet()) {
            result.putIfAbsent(name, mine.get(name));
        }
        picks.forEach((name, group) -> {
            boolean keepMine = "mine".equals(group.getSelectedToggle().getUserData());
            DynamoValue value = keepMine ? mine.get(name) : server == null ? null : server.get(name);
            if (value == null) {
                result.remove(name);
            } else {
                result.put(name, value);
            }
        });
        return new Item(result);
    }

    private static String text(DynamoValue value) {
        return value == null ? "(absent)" : ValueSummary.of(value, 70);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-heading");
        return label;
    }
}
