package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.Completions;
import dev.dynamodesk.dynamo.partiql.PartiqlLexer;
import dev.dynamodesk.dynamo.partiql.Token;
import dev.dynamodesk.ui.common.TaskRunner;
import java.util.Collection;
import javafx.application.Platform;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.TextOps;

/**
 * The console's PartiQL text: line numbers, highlighting in the background, the partner of the
 * bracket or quote at the caret marked, the problem of the last run underlined, completion
 * (Ctrl+Space, and by itself after FROM, INTO, UPDATE, WHERE, AND, OR, SET and a dot) and line
 * comments (Ctrl+/).
 */
final class StatementEditor extends BorderPane {
    private static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COMMENT = new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN);
    /** Words after which completion opens by itself once a space is typed. */
    private static final List<String> OPENS_COMPLETION = List.of("FROM", "INTO", "UPDATE", "WHERE", "AND", "OR", "SET");

    private final CodeArea area = new CodeArea();
    private final PartiqlHighlighter highlighter;
    private final CompletionPopup completion;
    private final SelectionImpl<Collection<String>, String, Collection<String>> bracketOpen;
    private final SelectionImpl<Collection<String>, String, Collection<String>> bracketClose;
    private final SelectionImpl<Collection<String>, String, Collection<String>> problem;
    private boolean settingText;
    /** Lines put into the editor per FX event while a long script loads. */
    static final int LINES_PER_SLICE = 250;
    static final int SCREEN_SLICES = 4;
    static final int SCREEN_SLICE_LINES = 12;
    /** Bumped by each {@link #setText}: a slice of an older load is dropped. */
    private long loads;
    /** The whole text of a load still going in, else null. */
    private String loading;

    StatementEditor(TaskRunner tasks, Completions.Catalog catalog) {
        setId("statementEditorPane");
        area.setId("statementEditor");
        area.getStyleClass().add("partiql-area");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        highlighter = new PartiqlHighlighter(area, tasks);
        completion = new CompletionPopup(area, catalog);
        bracketOpen = mark("bracketOpen", "bracket-match");
        bracketClose = mark("bracketClose", "bracket-match");
        problem = mark("problem", "problem-mark");

        area.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COMPLETE.match(event)) {
                completion.show();
                event.consume();
            } else if (COMMENT.match(event)) {
                toggleComment();
                event.consume();
            }
        });
        area.plainTextChanges().subscribe(this::typed);
        area.caretPositionProperty().addListener((observable, old, caret) -> markBrackets());
        highlighter.afterEachPass(this::markBrackets);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    private SelectionImpl<Collection<String>, String, Collection<String>> mark(String name, String styleClass) {
        SelectionImpl<Collection<String>, String, Collection<String>> selection = new SelectionImpl<>(name, area, path -> path.getStyleClass().add(styleClass));
        area.addSelection(selection);
        return selection;
    }

    CodeArea area() {
        return area;
    }

    PartiqlHighlighter highlighter() {
        return highlighter;
    }

    CompletionPopup completion() {
        return completion;
    }

    /** The script; while a long one is still going in, the whole of it (what a closing console keeps). */
    String text() {
        return loading != null ? loading : area.getText();
    }

    int caret() {
        return area.getCaretPosition();
    }

    IndexRange selection() {
        return area.getSelection();
    }

    /**
     * Replaces the whole text (a script opened, a statement from the history). A long script goes
     * in a slice of lines per FX event, read-only meanwhile: in one piece, 5,000 lines held the
     * window for a few hundred milliseconds while the editor laid out its lines (pulse log).
     * {@code loaded} runs once the whole text is in.
     */
    void setText(String text, Runnable loaded) {
        long load = ++loads;
        loading = null;
        List<String> slices = slices(text);
        replaceQuietly(0, area.getLength(), slices.get(0));
        if (slices.size() == 1) {
            finishLoad(loaded);
            return;
        }
        // A long script opens at its beginning, as in any editor: the view stays on the lines the
        // first slice laid out (jumping to the end laid out a screen of new lines, ~150 ms).
        area.moveTo(0);
        area.requestFollowCaret();
        area.setEditable(false);
        loading = text;
        appendSlices(load, slices, 1, loaded);
    }

    void setText(String text) {
        setText(text, () -> { });
    }

    private void appendSlices(long load, List<String> slices, int next, Runnable loaded) {
        Platform.runLater(() -> {
            if (load != loads) {
                return; // another text replaced this one meanwhile
            }
            appendQuietly(slices.get(next));
            if (next + 1 < slices.size()) {
                appendSlices(load, slices, next + 1, loaded);
            } else {
                area.setEditable(true);
                loading = null;
                // The load is one step for undo (none at all): the slices are not the user's edits.
                area.getUndoManager().forgetHistory();
                highlighter.highlight();
                loaded.run();
            }
        });
    }

    /** A short text (a statement from the history): the caret at its end, to go on typing. */
    private void finishLoad(Runnable loaded) {
        area.moveTo(area.getLength());
        area.requestFollowCaret();
        highlighter.highlight();
        loaded.run();
    }

    /**
     * Adds text at the end through the document itself: the area's own replace would move the
     * caret to the end of it, and moving it back laid out lines again (~100 ms a time).
     */
    @SuppressWarnings("unchecked")
    private void appendQuietly(String text) {
        settingText = true;
        try {
            int end = area.getLength();
            area.getContent().replace(end, end, ReadOnlyStyledDocument.fromString(text, area.getInitialParagraphStyle(),
                    area.getInitialTextStyle(), (TextOps<String, Collection<String>>) area.getSegOps()));
        } finally {
            settingText = false;
        }
    }

    private void replaceQuietly(int from, int to, String text) {
        settingText = true;
        try {
            area.replaceText(from, to, text);
        } finally {
            settingText = false;
        }
    }

    /**
     * The text cut at line ends: a text of up to {@link #LINES_PER_SLICE} lines in one piece; a
     * longer one starts with {@link #SCREEN_SLICES} pieces of {@link #SCREEN_SLICE_LINES} lines
     * (the lines on screen: each gets a new cell in the view, so a screenful at once held a frame
     * for ~100 ms), then pieces of {@link #LINES_PER_SLICE}.
     */
    static List<String> slices(String text) {
        List<String> slices = new ArrayList<>();
        boolean long_ = text.chars().filter(c -> c == '\n').limit(LINES_PER_SLICE + 1).count() > LINES_PER_SLICE;
        int from = 0;
        int lines = 0;
        for (int at = 0; at < text.length(); at++) {
            int wanted = long_ && slices.size() < SCREEN_SLICES ? SCREEN_SLICE_LINES : LINES_PER_SLICE;
            if (text.charAt(at) == '\n' && ++lines == wanted) {
                slices.add(text.substring(from, at + 1));
                from = at + 1;
                lines = 0;
            }
        }
        if (from < text.length() || slices.isEmpty()) {
            slices.add(text.substring(from));
        }
        return slices;
    }

    /** Inserts text at the caret, on a line of its own. */
    void insertStatement(String statement) {
        String text = area.getText();
        String before = text.isEmpty() || text.endsWith("\n") ? "" : text.strip().endsWith(";") ? "\n" : ";\n";
        area.moveTo(area.getLength());
        area.insertText(area.getLength(), before + statement);
        area.requestFollowCaret();
    }

    /** Underlines [from, from + length) and moves there; cleared by the next edit. */
    void markProblem(int from, int length) {
        int start = Math.max(0, Math.min(from, area.getLength()));
        int end = Math.max(start, Math.min(area.getLength(), start + Math.max(1, length)));
        problem.selectRange(start, end);
        area.moveTo(start);
        area.requestFollowCaret();
    }

    void clearProblem() {
        problem.selectRange(0, 0);
    }

    IndexRange problemRange() {
        return problem.getRange();
    }

    IndexRange bracketMarks() {
        return new IndexRange(bracketOpen.getRange().getStart(), bracketClose.getRange().getStart());
    }

    void toggleComment() {
        IndexRange selected = area.getSelection();
        CommentToggle.Change change = CommentToggle.toggle(area.getText(), selected.getStart(), selected.getEnd());
        area.replaceText(change.lineStart(), change.lineEnd(), change.replacement());
        area.selectRange(change.lineStart(), change.lineStart() + change.replacement().length());
    }

    private void typed(PlainTextChange change) {
        clearProblem();
        if (settingText || completion.isShowing()) {
            return;
        }
        String inserted = change.getInserted();
        if (inserted.equals(".")) {
            completion.show();
        } else if (inserted.equals(" ") && followsOpeningWord(change.getPosition())) {
            completion.show();
        }
    }

    /** Whether the word just before {@code position} opens completion (FROM, WHERE...). */
    private boolean followsOpeningWord(int position) {
        int lineStart = area.getText(0, position).lastIndexOf('\n') + 1;
        List<Token> tokens = PartiqlLexer.meaningful(area.getText(lineStart, position));
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.end() == position - lineStart && OPENS_COMPLETION.contains(last.upper());
    }

    private void markBrackets() {
        var pair = BracketMatcher.match(area.getText(), area.getCaretPosition(), highlighter.currentRuns());
        if (pair.isPresent()) {
            bracketOpen.selectRange(pair.get().first(), pair.get().first() + 1);
            bracketClose.selectRange(pair.get().second(), pair.get().second() + 1);
        } else {
            bracketOpen.selectRange(0, 0);
            bracketClose.selectRange(0, 0);
        }
    }
}
