package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.Completions;
import dev.dynamodesk.dynamo.partiql.Completions.Completion;
import dev.dynamodesk.dynamo.partiql.Completions.Suggestion;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The completion list under the caret. While it is open, typing narrows it, Up/Down move, Enter or
 * Tab take the choice, Escape closes it; the text keeps the focus throughout.
 */
final class CompletionPopup {
    private final CodeArea area;
    private final Completions.Catalog catalog;
    private final Popup popup = new Popup();
    private final ListView<Suggestion> list = new ListView<>();
    private Completion current;

    CompletionPopup(CodeArea area, Completions.Catalog catalog) {
        this.area = area;
        this.catalog = catalog;
        list.setId("completionList");
        list.getStyleClass().add("completion-list");
        list.setPrefSize(420, 220);
        list.setCellFactory(view -> new SuggestionCell());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, keys());
        area.plainTextChanges().subscribe(change -> {
            if (popup.isShowing()) {
                refresh();
            }
        });
        area.focusedProperty().addListener((observable, old, focused) -> {
            if (!focused && !list.isFocused()) {
                popup.hide();
            }
        });
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    ListView<Suggestion> list() {
        return list;
    }

    /** Opens the list for the caret; closes it when there is nothing to offer. */
    void show() {
        refresh();
    }

    /** Recomputes the suggestions (the text changed, or more names arrived). */
    void refresh() {
        current = Completions.at(area.getText(), area.getCaretPosition(), catalog);
        if (current.suggestions().isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(current.suggestions());
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        if (!popup.isShowing()) {
            Bounds caret = area.getCaretSelectionBind().getCaretBounds().orElse(null);
            if (caret == null || area.getScene() == null) {
                return;
            }
            popup.show(area, caret.getMinX(), caret.getMaxY() + 2);
        }
    }

    void hide() {
        popup.hide();
    }

    /** Replaces the word being typed with the chosen suggestion. */
    void accept() {
        Suggestion chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null || current == null) {
            return;
        }
        popup.hide();
        int to = Math.min(current.to(), area.getLength());
        area.replaceText(current.from(), to, chosen.insert());
        area.moveTo(current.from() + chosen.insert().length());
        area.requestFocus();
    }

    private EventHandler<KeyEvent> keys() {
        return event -> {
            if (!popup.isShowing()) {
                return;
            }
            switch (event.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case PAGE_DOWN -> move(8);
                case PAGE_UP -> move(-8);
                case ENTER, TAB -> accept();
                case ESCAPE -> popup.hide();
                default -> {
                    return;
                }
            }
            event.consume();
        };
    }

    private void move(int by) {
        int size = list.getItems().size();
        int index = Math.max(0, Math.min(size - 1, list.getSelectionModel().getSelectedIndex() + by));
        list.getSelectionModel().select(index);
        list.scrollTo(Math.max(0, index - 3));
    }

    /** An icon for the kind, the name, and the hint in muted text. */
    private static final class SuggestionCell extends ListCell<Suggestion> {
        @Override
        protected void updateItem(Suggestion suggestion, boolean empty) {
            super.updateItem(suggestion, empty);
            if (empty || suggestion == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = FontIcon.of(switch (suggestion.kind()) {
                case STATEMENT -> Feather.PLAY;
                case TABLE -> Feather.DATABASE;
                case INDEX -> Feather.LIST;
                case ATTRIBUTE -> Feather.TAG;
                case FUNCTION -> Feather.CODE;
                case KEYWORD -> Feather.TYPE;
            });
            icon.getStyleClass().add("completion-icon");
            Label name = new Label(suggestion.label());
            name.getStyleClass().add("completion-name");
            Label detail = new Label(suggestion.detail());
            detail.getStyleClass().add("completion-detail");
            name.setMinWidth(Region.USE_PREF_SIZE);
            detail.setMinWidth(0);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(8, icon, name, gap, detail);
            row.getStyleClass().add("completion-row");
            setText(null);
            setGraphic(row);
        }
    }
}
