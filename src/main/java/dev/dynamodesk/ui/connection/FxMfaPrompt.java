package dev.dynamodesk.ui.connection;

import dev.dynamodesk.connection.MfaPrompt;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Asks for an MFA code in the window. Called on a background thread (connecting), it shows the
 * dialog on the FX thread and waits for the answer; declining cancels the connection.
 */
public final class FxMfaPrompt implements MfaPrompt {
    private final Supplier<Window> owner;

    public FxMfaPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public String code(String mfaSerial, String roleArn) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("MFA codes are asked from background work only");
        }
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(ask(mfaSerial, roleArn));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get().orElseThrow(() -> new CancellationException("No MFA code was given for " + roleArn));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for an MFA code");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Optional<String> ask(String mfaSerial, String roleArn) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("MFA code");
        dialog.setHeaderText("Assuming " + roleArn + "\nneeds the current code of your MFA device\n" + mfaSerial);
        dialog.setContentText("Code:");
        dialog.getDialogPane().setId("mfaDialog");
        dialog.getEditor().setId("mfaCode");
        dialog.getEditor().setPromptText("6 digits");
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        var ok = dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        ok.disableProperty().bind(dialog.getEditor().textProperty().map(text -> !text.strip().matches("\\d{6}")));
        return dialog.showAndWait().map(String::strip).filter(code -> !code.isEmpty());
    }
}
