package dev.dynamodesk.ui.browser.admin;

import dev.dynamodesk.dynamo.PlannedRequest;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shows the requests a table change will send, exactly, before anything is sent. */
public final class RequestPreview extends VBox {
    private final TextArea text = new TextArea();
    private final Label title = new Label("Requests that will be sent");
    private List<PlannedRequest> requests = List.of();

    public RequestPreview() {
        super(6);
        setId("requestPreview");
        text.setEditable(false);
        text.setPrefRowCount(12);
        text.getStyleClass().add("request-json");
        title.getStyleClass().add("preview-title");
        Button copy = new Button("Copy as AWS CLI", FontIcon.of(Feather.TERMINAL));
        copy.getStyleClass().add("small");
        copy.setTooltip(new Tooltip("Copy the same requests as aws dynamodb commands"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(requests.stream().map(PlannedRequest::cliCommand).collect(Collectors.joining("\n\n")));
            Clipboard.getSystemClipboard().setContent(content);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, title, spacer, copy), text);
        VBox.setVgrow(text, Priority.ALWAYS);
    }

    public void show(List<PlannedRequest> planned) {
        requests = List.copyOf(planned);
        title.setText(planned.isEmpty() ? "Nothing to send: no change yet"
                : planned.size() == 1 ? "The request that will be sent" : planned.size() + " requests will be sent, in this order");
        text.setText(planned.stream().map(request -> "// " + request.operation() + "\n" + request.json())
                .collect(Collectors.joining("\n\n")));
    }

    public void showProblems(List<String> problems) {
        requests = List.of();
        title.setText("Nothing can be sent yet");
        text.setText(String.join("\n", problems));
    }

    public String text() {
        return text.getText();
    }
}
