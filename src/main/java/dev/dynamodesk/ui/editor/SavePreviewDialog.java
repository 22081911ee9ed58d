package dev.dynamodesk.ui.editor;

import dev.dynamodesk.dynamo.items.SavePlan;
import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.ValueSummary;
import dev.dynamodesk.item.edit.ItemDiff;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Before a save: what changed, attribute by attribute, and exactly the request that will be sent. */
final class SavePreviewDialog {
    private SavePreviewDialog() {
    }

    /** True when the user chose to send it. {@code alwaysShow} is the setting, changeable here. */
    static boolean confirm(Window owner, SavePlan plan, BooleanProperty alwaysShow) {
        GridPane changes = new GridPane();
        changes.setHgap(12);
        changes.setVgap(4);
        changes.addRow(0, heading("Attribute"), heading("Change"), heading("Before"), heading("After"));
        List<ItemDiff.Change> list = plan.changes();
        for (int i = 0; i < list.size(); i++) {
            ItemDiff.Change change = list.get(i);
            changes.addRow(i + 1, new Label(change.name()), new Label(change.kind().name().toLowerCase()),
                    value(change.before()), value(change.after()));
        }
        TextArea request = new TextArea(plan.request() == null ? "" : "// " + plan.request().operation() + "\n" + plan.request().json());
        request.setEditable(false);
        request.setPrefRowCount(14);
        request.getStyleClass().add("request-json");
        CheckBox always = new CheckBox("Always show this before saving");
        always.setId("alwaysPreview");
        always.setSelected(alwaysShow.get());
        Label summary = new Label(plan.summary());
        summary.setWrapText(true);
        VBox content = new VBox(10, summary, changes, new Label("The request that will be sent:"), request, always);
        content.setPrefWidth(760);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Save item");
        dialog.setHeaderText("Save changes to " + plan.table() + "?");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("savePreview");
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().lookupButton(save).setId("confirmSave");
        dialog.initOwner(owner);
        dialog.setResizable(true);
        boolean confirmed = dialog.showAndWait().filter(save::equals).isPresent();
        alwaysShow.set(always.isSelected());
        return confirmed;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-heading");
        return label;
    }

    private static Label value(DynamoValue value) {
        Label label = new Label(value == null ? "—" : ValueSummary.of(value, 60));
        label.getStyleClass().add("info-value");
        return label;
    }
}
