package dev.dynamodesk.ui.connection;

import dev.dynamodesk.connection.AwsProfileSummary;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.SecretStore;
import dev.dynamodesk.connection.SsoLogin;
import dev.dynamodesk.connection.StoredSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The dialog for a new or edited connection; returns the profile and any typed secret on Save. */
public final class ProfileDialog {
    /** What the user saved. {@code secret} is null when the stored one is kept. */
    public record Result(ConnectionProfile profile, StoredSecret secret) {
    }

    /** What the dialog needs that takes I/O to find (read in the background before it opens). */
    public record Context(List<AwsProfileSummary> awsProfiles, String defaultProfile, SecretStore secrets, boolean secretStored,
                          String defaultRegion) {
    }

    private ProfileDialog() {
    }

    public static Optional<Result> ask(Window owner, ConnectionProfile existing, Context context, ConnectionManager manager,
                                       dev.dynamodesk.ui.common.TaskRunner tasks, SsoLogin sso) {
        FXMLLoader loader = new FXMLLoader(ProfileDialog.class.getResource("profile-dialog.fxml"));
        Parent form;
        try {
            form = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The connection form is part of the app and must load", e);
        }
        ProfileDialogController controller = loader.getController();
        controller.show(existing, context.secretStored(), context.awsProfiles(), context.defaultProfile(), context.defaultRegion(), tasks,
                manager.tester(), sso, context.secrets());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(existing == null ? "New connection" : "Edit connection");
        dialog.setHeaderText(existing == null ? "Connect to DynamoDB on AWS, DynamoDB Local or a compatible server"
                : "Edit " + existing.name());
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("profileDialog");
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(controller.validProperty().not());
        dialog.getDialogPane().lookupButton(save).setId("saveProfile");
        // AtlantaFX caps dialogs at 600 px; the form needs a little more.
        dialog.getDialogPane().setPrefWidth(760);
        dialog.setResizable(true);
        dialog.initOwner(owner);
        // Otherwise the dialog focuses a button, and the first space typed would press it.
        dialog.setOnShown(event -> controller.focusName());
        controller.onResize(() -> javafx.application.Platform.runLater(() -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        return dialog.showAndWait().filter(save::equals)
                .flatMap(button -> controller.profile().map(profile -> new Result(profile, controller.secret())));
    }
}
