package dev.dynamodesk.ui.ops;

import dev.dynamodesk.dynamo.PlannedRequest;
import dev.dynamodesk.ui.browser.admin.RequestPreview;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * One operation's dialog: a small form on the left, and on the right the exact request(s) it will
 * send (with "Copy as AWS CLI"), worked out again on every change of the form; Send is possible
 * only once the form makes sense. Returns the requests to send.
 */
final class OperationDialog {
    /** What the form asks for now: the requests, or why there are none yet. */
    record Plan(List<PlannedRequest> requests, String problem) {
        static Plan of(PlannedRequest... requests) {
            return new Plan(List.of(requests), null);
        }

        static Plan of(List<PlannedRequest> requests) {
            return new Plan(List.copyOf(requests), requests.isEmpty() ? "Nothing to change yet" : null);
        }

        static Plan problem(String why) {
            return new Plan(List.of(), why);
        }
    }

    private OperationDialog() {
    }

    /**
     * @param id the dialog pane's id (for tests)
     * @param warning shown above the form (a cost, a consequence), or null
     * @param watched the form's values: the plan is worked out again when any changes
     */
    static Optional<List<PlannedRequest>> ask(Window owner, String id, String title, String warning, Node form, Supplier<Plan> plan,
                                              Observable... watched) {
        RequestPreview preview = new RequestPreview();
        preview.setPrefWidth(460);
        Label problem = new Label();
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        SimpleBooleanProperty sendable = new SimpleBooleanProperty();
        List<PlannedRequest>[] planned = new List[] {List.of()};
        Runnable update = () -> {
            Plan now;
            try {
                now = plan.get();
            } catch (IllegalArgumentException e) {
                now = Plan.problem(e.getMessage());
            }
            planned[0] = now.requests();
            problem.setText(now.problem() == null ? "" : now.problem());
            if (now.requests().isEmpty()) {
                preview.showProblems(List.of(now.problem() == null ? "Nothing to change yet" : now.problem()));
            } else {
                preview.show(now.requests());
            }
            sendable.set(!now.requests().isEmpty());
        };
        for (Observable value : watched) {
            value.addListener(observable -> update.run());
        }
        VBox left = new VBox(10);
        left.setPrefWidth(380);
        if (warning != null) {
            Label caution = new Label(warning);
            caution.setWrapText(true);
            caution.getStyleClass().add("form-hint");
            left.getChildren().add(caution);
        }
        left.getChildren().addAll(form, problem);
        HBox content = new HBox(16, left, preview);
        content.setPrefSize(880, 360);
        content.getStyleClass().add("table-form");

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType send = new ButtonType("Send", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, send);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStyleClass().add("wide-dialog");
        dialog.getDialogPane().lookupButton(send).setId("sendOperation");
        dialog.getDialogPane().lookupButton(send).disableProperty().bind(sendable.not());
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        update.run();
        return dialog.showAndWait().filter(send::equals).map(button -> planned[0]);
    }
}
