package dev.dynamodesk.ui.browser;

import dev.dynamodesk.item.DynamoJson;
import dev.dynamodesk.item.Item;
import dev.dynamodesk.item.PlainJson;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Shows one item as DynamoDB JSON (lossless) or plain JSON, read-only, with Copy. */
final class ItemViewerDialog {
    private ItemViewerDialog() {
    }

    static void show(Window owner, String tableName, Item item) {
        TextArea text = new TextArea(DynamoJson.write(item, true));
        text.setId("itemText");
        text.setEditable(false);
        text.getStyleClass().add("item-text");
        text.setPrefSize(640, 480);

        ToggleGroup format = new ToggleGroup();
        ToggleButton dynamo = new ToggleButton("DynamoDB JSON");
        ToggleButton plain = new ToggleButton("Plain JSON");
        dynamo.setToggleGroup(format);
        plain.setToggleGroup(format);
        dynamo.setSelected(true);
        format.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                text.setText(now == plain ? PlainJson.write(item, true) : DynamoJson.write(item, true));
            }
        });
        HBox formats = new HBox(dynamo, plain);
        formats.getStyleClass().add("segmented");
        BorderPane content = new BorderPane(text, formats, null, null, null);
        BorderPane.setMargin(text, new Insets(8, 0, 0, 0));

        ButtonType copy = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", copy, ButtonType.CLOSE);
        dialog.setTitle(tableName + " — item");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("itemViewer");
        // AtlantaFX caps dialogs at 600 px; this one needs room.
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        // Copy must not close the dialog.
        dialog.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(clip);
            event.consume();
        });
        dialog.show();
    }
}
