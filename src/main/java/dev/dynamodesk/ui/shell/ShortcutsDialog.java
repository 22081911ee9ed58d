package dev.dynamodesk.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts (F1): every shortcut, grouped; it stays open beside the window. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 8, 8));
        int row = 0;
        for (Shortcuts.Group group : Shortcuts.ALL) {
            Label heading = new Label(group.name());
            heading.getStyleClass().add("shortcut-group");
            GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 0, 0));
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcuts.Shortcut shortcut : group.shortcuts()) {
                Label keys = new Label(shortcut.keys());
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label does = new Label(shortcut.does());
                does.setWrapText(true);
                grid.addRow(row++, keys, does);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("shortcutsDialog");
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().setPrefWidth(700);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.show();
    }
}
