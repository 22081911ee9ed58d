package dev.dynamodesk.ui.shell;

import dev.dynamodesk.cli.Cli;
import dev.dynamodesk.config.BundledLicences;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Version, runtime, and the licences of everything bundled (DynamoDB Local's agreement in full). */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        Label about = new Label("A desktop explorer for Amazon DynamoDB and DynamoDB Local.\n\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
                + " · JavaFX " + System.getProperty("javafx.runtime.version", "?") + "\n"
                + "Also a command line: run dynamodesk --help.");
        about.setWrapText(true);
        TextArea components = licenceText("bundledComponents");
        TextArea localLicence = licenceText("dynamoDbLocalLicence");
        VBox aboutPage = new VBox(about);
        aboutPage.setPadding(new javafx.geometry.Insets(14, 4, 4, 4));
        TabPane tabs = new TabPane(new Tab("About", aboutPage), new Tab("Bundled components", components),
                new Tab("DynamoDB Local licence", localLicence));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(760, 420);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("About Dynamo Desk");
        dialog.setHeaderText("Dynamo Desk " + Cli.version());
        AppIcons.largest().ifPresent(icon -> {
            ImageView view = new ImageView(icon);
            view.setFitWidth(64);
            view.setFitHeight(64);
            dialog.setGraphic(view);
        });
        dialog.getDialogPane().setContent(tabs);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().setId("aboutDialog");
        dialog.initOwner(owner);
        // The texts come from jars: read them off the FX thread.
        CompletableFuture.supplyAsync(() -> new String[] {BundledLicences.thirdParty(), BundledLicences.dynamoDbLocal()})
                .thenAccept(texts -> Platform.runLater(() -> {
                    components.setText(texts[0]);
                    localLicence.setText(texts[1]);
                }));
        dialog.show();
    }

    private static TextArea licenceText(String id) {
        TextArea text = new TextArea("Reading…");
        text.setId(id);
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("monospace");
        return text;
    }
}
