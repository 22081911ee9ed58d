package dev.dynamodesk.ui.editor;

import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.PlainJsonReader;
import dev.dynamodesk.ui.common.SideBySide;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Two items side by side in a dialog: the editor's item and another open editor's, or the
 * clipboard's JSON (DynamoDB JSON, or plain JSON read with the editor's item's types).
 */
final class ItemComparison {
    private ItemComparison() {
    }

    /** The clipboard's text as an item: DynamoDB JSON exactly, else plain JSON typed like {@code like}. */
    static Item fromText(String text, Item like) throws DynamoJsonException {
        try {
            return DynamoJson.parseItem(text);
        } catch (DynamoJsonException notDynamoJson) {
            return PlainJsonReader.read(text, like).item();
        }
    }

    static void show(Window owner, String leftTitle, Item left, String rightTitle, Item right) {
        SideBySide sides = new SideBySide(leftTitle, rightTitle);
        sides.setId("itemComparison");
        sides.setPrefSize(760, 420);
        int differing = sides.show(left, right);
        Label summary = new Label(differing == 0 ? "The two items are the same (numbers by value, sets as sets)."
                : differing + (differing == 1 ? " attribute differs." : " attributes differ."));
        summary.setId("itemComparisonSummary");
        summary.getStyleClass().add("panel-title");
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Compare items");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("compareItemsDialog");
        dialog.getDialogPane().setContent(new VBox(8, summary, sides));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }
}
