package dev.dynamodesk.ui.console;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Find and replace in the console's text: Enter finds the next match (Shift+Enter the one
 * before), wrapping around; Replace changes the selected match and finds the next; Replace all
 * changes every match as one edit (one undo).
 */
final class FindBar extends HBox {
    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Aa");
    private final Label count = new Label();

    FindBar(CodeArea area) {
        this.area = area;
        setId("findBar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        find.setId("findText");
        find.setPromptText("Find");
        find.setPrefColumnCount(18);
        replace.setId("replaceText");
        replace.setPromptText("Replace with");
        replace.setPrefColumnCount(14);
        matchCase.setId("matchCase");
        count.setId("findCount");
        count.getStyleClass().add("find-count");

        Button previous = iconButton("findPrevious", Feather.CHEVRON_UP, "Previous match (Shift+Enter)");
        previous.setOnAction(event -> findNext(false));
        Button next = iconButton("findNext", Feather.CHEVRON_DOWN, "Next match (Enter)");
        next.setOnAction(event -> findNext(true));
        Button replaceOne = new Button("Replace");
        replaceOne.setId("replaceOne");
        replaceOne.setOnAction(event -> replaceOne());
        Button replaceAll = new Button("Replace all");
        replaceAll.setId("replaceAll");
        replaceAll.setOnAction(event -> replaceAll());
        Button close = iconButton("closeFind", Feather.X, "Close (Escape)");
        close.setOnAction(event -> close());

        find.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                findNext(!event.isShiftDown());
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        replace.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                replaceOne();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        find.textProperty().addListener((observable, old, text) -> updateCount());
        matchCase.selectedProperty().addListener((observable, old, selected) -> updateCount());
        getChildren().addAll(FontIcon.of(Feather.SEARCH), find, previous, next, count, replace, replaceOne, replaceAll,
                matchCase, close);
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar with the selected text (if on one line) to find, focused on the find or replace field. */
    void open(boolean forReplace) {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        setVisible(true);
        setManaged(true);
        (forReplace && !find.getText().isEmpty() ? replace : find).requestFocus();
        find.selectAll();
        updateCount();
    }

    void close() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    /** Selects the next (or previous) match from the caret, wrapping around. */
    boolean findNext(boolean forward) {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return false;
        }
        String text = area.getText();
        int from = forward ? area.getSelection().getEnd() : area.getSelection().getStart() - 1;
        int at = forward ? next(text, needle, from) : previous(text, needle, from);
        if (at < 0) {
            at = forward ? next(text, needle, 0) : previous(text, needle, text.length());
        }
        if (at < 0) {
            count.setText("No matches");
            return false;
        }
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        updateCount();
        return true;
    }

    private void replaceOne() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return;
        }
        String selected = area.getSelectedText();
        if (selected.length() == needle.length() && selected.regionMatches(!matchCase.isSelected(), 0, needle, 0, needle.length())) {
            int start = area.getSelection().getStart();
            area.replaceSelection(replace.getText());
            area.selectRange(start + replace.getText().length(), start + replace.getText().length());
        }
        findNext(true);
    }

    /** Replaces every match in one edit. */
    int replaceAll() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return 0;
        }
        String text = area.getText();
        StringBuilder result = new StringBuilder();
        int replaced = 0;
        int from = 0;
        for (int at = next(text, needle, 0); at >= 0; at = next(text, needle, from)) {
            result.append(text, from, at).append(replace.getText());
            from = at + needle.length();
            replaced++;
        }
        if (replaced > 0) {
            result.append(text.substring(from));
            area.replaceText(0, area.getLength(), result.toString());
        }
        count.setText(replaced == 1 ? "Replaced 1" : "Replaced " + replaced);
        return replaced;
    }

    private void updateCount() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            count.setText("");
            return;
        }
        String text = area.getText();
        int matches = 0;
        for (int at = next(text, needle, 0); at >= 0; at = next(text, needle, at + needle.length())) {
            matches++;
        }
        count.setText(matches == 0 ? "No matches" : matches == 1 ? "1 match" : matches + " matches");
    }

    /** The first match at or after {@code from}, or -1; case is ignored unless it matters. */
    private int next(String text, String needle, int from) {
        for (int at = Math.max(0, from); at + needle.length() <= text.length(); at++) {
            if (text.regionMatches(!matchCase.isSelected(), at, needle, 0, needle.length())) {
                return at;
            }
        }
        return -1;
    }

    /** The last match starting at or before {@code from}, or -1. */
    private int previous(String text, String needle, int from) {
        for (int at = Math.min(from, text.length() - needle.length()); at >= 0; at--) {
            if (text.regionMatches(!matchCase.isSelected(), at, needle, 0, needle.length())) {
                return at;
            }
        }
        return -1;
    }

    TextField findField() {
        return find;
    }

    TextField replaceField() {
        return replace;
    }

    private static Button iconButton(String id, Feather icon, String tooltip) {
        Button button = new Button(null, FontIcon.of(icon));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        return button;
    }
}
