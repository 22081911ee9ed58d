package dev.dynamodesk.ui.editor;

import dev.dynamodesk.item.DynamoJsonException;
import dev.dynamodesk.item.Item;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The item as text (DynamoDB JSON or plain JSON): highlighted, checked a moment after each
 * keystroke, with the problem's line and column shown (click it to go there). The text becomes an
 * edit of the item only when committed (switching views, saving).
 */
final class JsonPane extends BorderPane {
    /** Reads the text back into an item; notes say where plain JSON could not keep a type. */
    interface Reader {
        Result read(String text) throws DynamoJsonException;
    }

    record Result(Item item, List<String> notes) {
    }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final CodeArea area = new CodeArea();
    private final Label message = new Label();
    private final boolean dynamoJson;
    private final Reader reader;
    private final PauseTransition checkSoon = new PauseTransition(Duration.millis(250));
    private DynamoJsonException problem;
    private String shownFor;

    JsonPane(String id, boolean dynamoJson, Reader reader) {
        this.dynamoJson = dynamoJson;
        this.reader = reader;
        setId(id);
        area.setId(id + "Text");
        area.getStyleClass().add("json-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        message.setId(id + "Message");
        message.getStyleClass().add("json-message");
        message.setWrapText(true);
        message.setOnMouseClicked(event -> goToProblem());
        checkSoon.setOnFinished(event -> check());
        area.textProperty().addListener((observable, old, text) -> checkSoon.playFromStart());
        setCenter(new VirtualizedScrollPane<>(area));
        setBottom(new VBox(message));
    }

    /** Shows {@code text} (the item written out) unless it is what the pane already holds. */
    void show(String text) {
        if (!text.equals(shownFor) || problem != null) {
            area.replaceText(text);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.requestFollowCaret();
            shownFor = text;
        }
        check();
    }

    void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    CodeArea area() {
        return area;
    }

    /** The item the text describes, or the problem that stops it being read (line and column). */
    Result read() throws DynamoJsonException {
        return reader.read(area.getText());
    }

    /** Whether the text was changed since it was last shown. */
    boolean edited() {
        return !area.getText().equals(shownFor);
    }

    private void check() {
        String text = area.getText();
        area.setStyleSpans(0, JsonHighlighter.spans(text, dynamoJson));
        try {
            Result result = reader.read(text);
            problem = null;
            message.setGraphic(null);
            message.setText(result.notes().isEmpty() ? (dynamoJson ? "Valid DynamoDB JSON." : "Valid JSON.")
                    : String.join(" ", result.notes()));
            message.pseudoClassStateChanged(INVALID, false);
        } catch (DynamoJsonException e) {
            problem = e;
            message.setGraphic(FontIcon.of(Feather.ALERT_CIRCLE));
            message.setText(e.getMessage() + " — click to go there");
            message.pseudoClassStateChanged(INVALID, true);
            markProblem(e);
        }
    }

    private void markProblem(DynamoJsonException e) {
        int paragraph = Math.max(0, Math.min(area.getParagraphs().size() - 1, e.line() - 1));
        int length = area.getParagraph(paragraph).length();
        int column = Math.max(0, Math.min(length, e.column() - 1));
        int end = Math.min(length, column + Math.max(1, wordLength(area.getParagraph(paragraph).getText(), column)));
        if (end > column) {
            area.setStyleClass(area.getAbsolutePosition(paragraph, column), area.getAbsolutePosition(paragraph, end), "json-error");
        }
    }

    private static int wordLength(String line, int from) {
        int end = from;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != ',') {
            end++;
        }
        return end - from;
    }

    private void goToProblem() {
        Optional.ofNullable(problem).ifPresent(e -> {
            int paragraph = Math.max(0, Math.min(area.getParagraphs().size() - 1, e.line() - 1));
            int column = Math.max(0, Math.min(area.getParagraph(paragraph).length(), e.column() - 1));
            area.moveTo(paragraph, column);
            area.requestFollowCaret();
            area.requestFocus();
        });
    }
}
