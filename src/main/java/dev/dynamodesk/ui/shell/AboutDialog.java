package dev.dynamodesk.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Version and what the app is built with. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.setTitle("About Dynamo Desk");
        alert.setHeaderText("Dynamo Desk " + (version == null ? "(development build)" : version));
        alert.setContentText("A desktop explorer for Amazon DynamoDB and DynamoDB Local.\n\n"
                + "Built with JavaFX, AtlantaFX, Ikonli, the AWS SDK for Java 2.x and DynamoDB Local.\n"
                + "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        alert.initOwner(owner);
        alert.show();
    }
}
