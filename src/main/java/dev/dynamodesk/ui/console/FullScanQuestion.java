package dev.dynamodesk.ui.console;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Asks before SELECTs that read whole tables: on a big table they take long and cost capacity. */
public final class FullScanQuestion {
    private FullScanQuestion() {
    }

    public static boolean ask(Window owner, List<String> reasons) {
        ButtonType run = new ButtonType("Run anyway", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, ButtonType.CANCEL, run);
        alert.setTitle("Full table scan");
        alert.setHeaderText(reasons.size() == 1 ? "This SELECT reads the whole table"
                : reasons.size() + " of these SELECTs read whole tables");
        Label text = new Label(String.join("\n", reasons)
                + "\n\nOn a large table that takes long and uses read capacity for every item. "
                + "Give the partition key with = or IN to read only what you need.");
        text.setWrapText(true);
        text.setId("fullScanReasons");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("fullScanQuestion");
        alert.getDialogPane().getStyleClass().add("wide-dialog");
        alert.initOwner(owner);
        return alert.showAndWait().filter(run::equals).isPresent();
    }
}
