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
import javafx.scene.Node;
import javafx.scene.control.PopupControl;
import javafx.scene.control.Skin;
import org.fxmisc.richtext.CodeArea;

/**
 * The completion list under the caret. While it is open, typing narrows it, Up/Down move, Enter or
 * Tab take the choice, Escape closes it; the text keeps the focus throughout.
 */
final class CompletionPopup {
    private final CodeArea area;
    private final Completions.Catalog catalog;
    private final PopupControl popup = new PopupControl();
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
        // A PopupControl (unlike a Popup) takes its CSS from the editor it belongs to: theme
        // colours and the app's styles reach the list.
        popup.setSkin(new Skin<PopupControl>() {
            @Override
            public PopupControl getSkinnable() {
                return popup;
            }

            @Override
            public Node getNode() {
                return list;
            }

            @Override
            public void dispose() {
            }
        });
        popup.setAutoHide(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, keys());
        // Where the window system gives the popup the focus, the keys arrive at the list instead.
        popup.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys());
        popup.getScene().addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            event.consume();
            if (!event.isControlDown() && !event.isMetaDown() && !event.isAltDown() && !typed.isEmpty()
                    && typed.charAt(0) >= ' ' && typed.charAt(0) != 127) {
                area.replaceSelection(typed);
            }
        });
        area.plainTextChanges().subscribe(change -> {
            if (!popup.isShowing()) {
                return;
            }
            // Typing on in the word narrows the list; anything else (a space, "=", a newline) ends it.
            String inserted = change.getInserted();
            boolean word = inserted.length() == 1 && (Character.isLetterOrDigit(inserted.charAt(0))
                    || inserted.charAt(0) == '_' || inserted.charAt(0) == '"');
            if (word || (inserted.isEmpty() && !change.getRemoved().isEmpty())) {
                refresh();
            } else {
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
            list.getSelectionModel().select(0);
        }
    }

    void hide() {
        popup.hide();
    }

    /** Replaces the word being typed with the chosen suggestion. */
    void accept() {
        Suggestion chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null && !list.getItems().isEmpty()) {
            chosen = list.getItems().get(0); // the list lost its selection when its window opened
        }
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
            Label kind = new Label(switch (suggestion.kind()) {
                case STATEMENT -> "stmt";
                case TABLE -> "table";
                case INDEX -> "index";
                case ATTRIBUTE -> "attr";
                case FUNCTION -> "fn";
                case KEYWORD -> "kw";
            });
            kind.getStyleClass().addAll("completion-kind", "completion-" + suggestion.kind().name().toLowerCase());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(suggestion.label());
            name.getStyleClass().add("completion-name");
            Label detail = new Label(suggestion.detail());
            detail.getStyleClass().add("completion-detail");
            name.setMinWidth(Region.USE_PREF_SIZE);
            detail.setMinWidth(0);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(8, kind, name, gap, detail);
            row.getStyleClass().add("completion-row");
            setText(null);
            setGraphic(row);
        }
    }
}
