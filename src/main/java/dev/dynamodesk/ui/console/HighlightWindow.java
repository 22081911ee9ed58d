package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.PartiqlStyler.StyleRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the text whose highlighting must be redone after edits: [from, to) in the new
 * text, and the runs inside it. Outside it the editor already shows the right styles (RichTextFX
 * carries styles along with the text when it is edited), so only this part is restyled; typing on
 * one line of a 5,000-line script restyles a few characters, not the script.
 */
record HighlightWindow(int from, int to, List<StyleRun> runs) {

    /**
     * @param editFrom where the edits since the old runs began, in the new text
     * @param editTo where they end, in the new text (typed text takes the style of its neighbour,
     *     so edited text is always restyled)
     */
    static HighlightWindow between(List<StyleRun> old, int oldLength, List<StyleRun> fresh, int newLength,
            int editFrom, int editTo) {
        int shift = newLength - oldLength;
        // Runs equal at the start...
        int head = 0;
        while (head < old.size() && head < fresh.size() && old.get(head).equals(fresh.get(head))
                && fresh.get(head).end() <= editFrom) {
            head++;
        }
        // ...and at the end, where positions differ by how much the text grew or shrank.
        int oldTail = old.size();
        int freshTail = fresh.size();
        while (oldTail > head && freshTail > head && fresh.get(freshTail - 1).start() >= editTo
                && shifted(old.get(oldTail - 1), shift).equals(fresh.get(freshTail - 1))) {
            oldTail--;
            freshTail--;
        }
        int from = Math.min(head == 0 ? 0 : fresh.get(head - 1).end(), Math.max(0, editFrom));
        int to = Math.max(freshTail == fresh.size() ? newLength : fresh.get(freshTail).start(), Math.min(newLength, editTo));
        List<StyleRun> inside = new ArrayList<>();
        for (int i = head; i < freshTail; i++) {
            inside.add(fresh.get(i));
        }
        return new HighlightWindow(from, Math.max(from, to), inside);
    }

    /** Everything: for the first pass, or after a pass was given up half-way. */
    static HighlightWindow whole(List<StyleRun> fresh, int length) {
        return new HighlightWindow(0, length, List.copyOf(fresh));
    }

    private static StyleRun shifted(StyleRun run, int shift) {
        return new StyleRun(run.start() + shift, run.end() + shift, run.styleClass());
    }
}
