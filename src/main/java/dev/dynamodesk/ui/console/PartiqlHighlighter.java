package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.PartiqlStyler;
import dev.dynamodesk.dynamo.partiql.PartiqlStyler.StyleRun;
import dev.dynamodesk.ui.common.TaskRunner;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Highlights PartiQL in a code area without stalling the window: the styling is worked out in
 * the background a moment after typing stops, compared with what the area shows, and only the
 * changed stretch is restyled on the FX thread, in slices small enough for one frame each.
 */
final class PartiqlHighlighter {
    /** Runs restyled per FX event: a few thousand take a few milliseconds. */
    static final int RUNS_PER_SLICE = 1_000;
    /**
     * Runs restyled per FX event where the lines are on screen: a restyled paragraph gets a new
     * cell in the view (made, styled and laid out anew), so a thousand runs across the whole
     * screen held one frame for 150-250 ms; a few lines at a time keep each frame short.
     */
    static final int RUNS_PER_VISIBLE_SLICE = 60;
    private static final Duration PAUSE = Duration.ofMillis(120);

    private final CodeArea area;
    private final TaskRunner tasks;
    /** Bumped on every edit; a pass whose text is no longer current is dropped. */
    private long version;
    /** The version the last pass was started for: a pass per version is enough. */
    private long passStartedFor = -1;
    /** What the area shows now, when known: the runs last applied in full. */
    private List<StyleRun> shown;
    private int shownLength;
    /** The stretch edited since {@link #shown} (new-text positions); empty when from > to. */
    private int editFrom = Integer.MAX_VALUE;
    private int editTo = Integer.MIN_VALUE;
    private Runnable afterPass = () -> { };
    /** The text on screen as the current pass started (offsets from, to). */
    private int[] shownText = {0, Integer.MAX_VALUE};

    PartiqlHighlighter(CodeArea area, TaskRunner tasks) {
        this.area = area;
        this.tasks = tasks;
        area.plainTextChanges().subscribe(this::edited);
        area.plainTextChanges().successionEnds(PAUSE).subscribe(change -> highlight());
    }

    /** Called on the FX thread after each pass is applied (tests wait for it). */
    void afterEachPass(Runnable action) {
        this.afterPass = action;
    }

    /**
     * The runs of the text as it is now, for bracket matching; empty while an edit has not been
     * highlighted yet (the runs would point at old positions).
     */
    List<StyleRun> currentRuns() {
        boolean current = shown != null && editFrom > editTo && shownLength == area.getLength();
        return current ? shown : List.of();
    }

    /** Highlights the whole text now (after the text was replaced wholesale). */
    void highlight() {
        if (passStartedFor == version) {
            return; // already started for this text (setText starts one without waiting for the pause)
        }
        long passVersion = version;
        passStartedFor = version;
        String text = area.getText();
        List<StyleRun> before = shown;
        int beforeLength = shownLength;
        int from = editFrom;
        int to = editTo;
        tasks.task("Highlighting", context -> {
            List<StyleRun> fresh = PartiqlStyler.runs(text);
            HighlightWindow window = before == null || from > to
                    ? HighlightWindow.whole(fresh, text.length())
                    : HighlightWindow.between(before, beforeLength, fresh, text.length(), from, to);
            return new Pass(fresh, text.length(), window);
        }).quiet().onSuccess(pass -> apply(pass, passVersion, 0)).start();
    }

    private record Pass(List<StyleRun> fresh, int length, HighlightWindow window) {
    }

    /** Applies the slice of the pass starting at run {@code first}, then schedules the next one. */
    private void apply(Pass pass, long passVersion, int first) {
        if (passVersion != version) {
            if (first > 0) {
                shown = null; // half restyled: the next pass redoes everything
            }
            return;
        }
        HighlightWindow window = pass.window();
        int last = Math.min(window.runs().size(), first + RUNS_PER_SLICE);
        int sliceFrom = first == 0 ? window.from() : window.runs().get(first).start();
        int sliceTo = last == window.runs().size() ? window.to() : window.runs().get(last).start();
        if (first == 0) {
            shownText = textOnScreen();
        }
        if (last - first > RUNS_PER_VISIBLE_SLICE && sliceFrom <= shownText[1] && sliceTo >= shownText[0]) {
            last = first + RUNS_PER_VISIBLE_SLICE;
            sliceTo = window.runs().get(last).start();
        }
        if (sliceTo > sliceFrom) {
            area.setStyleSpans(sliceFrom, spans(window.runs().subList(first, last), sliceFrom, sliceTo));
        }
        if (last < window.runs().size()) {
            int next = last;
            Platform.runLater(() -> apply(pass, passVersion, next));
            return;
        }
        shown = pass.fresh();
        shownLength = pass.length();
        editFrom = Integer.MAX_VALUE;
        editTo = Integer.MIN_VALUE;
        afterPass.run();
    }

    /**
     * The offsets of the text on screen, asked once as a pass starts: asking the view between
     * slices made it lay out the lines the last slice restyled, inside the next slice's event.
     * All of it when that cannot be told.
     */
    private int[] textOnScreen() {
        try {
            int firstShown = area.firstVisibleParToAllParIndex();
            int lastShown = area.lastVisibleParToAllParIndex();
            return new int[] {area.getAbsolutePosition(firstShown, 0),
                    area.getAbsolutePosition(lastShown, area.getParagraphLength(lastShown))};
        } catch (RuntimeException noneShownYet) {
            return new int[] {0, Integer.MAX_VALUE};
        }
    }

    static StyleSpans<Collection<String>> spans(List<StyleRun> runs, int from, int to) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(runs.size() * 2 + 1);
        int at = from;
        for (StyleRun run : runs) {
            if (run.start() > at) {
                spans.add(Collections.emptyList(), run.start() - at);
            }
            spans.add(Collections.singletonList(run.styleClass()), run.end() - Math.max(at, run.start()));
            at = run.end();
        }
        spans.add(Collections.emptyList(), Math.max(0, to - at));
        return spans.create();
    }

    /** Widens the edited stretch by one change, moving what lies after it. */
    private void edited(PlainTextChange change) {
        version++;
        int position = change.getPosition();
        int removed = change.getRemoved().length();
        int inserted = change.getInserted().length();
        if (editFrom <= editTo) {
            editFrom = Math.min(moved(editFrom, position, removed, inserted), position);
            editTo = Math.max(moved(editTo, position, removed, inserted), position + inserted);
        } else {
            editFrom = position;
            editTo = position + inserted;
        }
    }

    private static int moved(int offset, int position, int removed, int inserted) {
        if (offset <= position) {
            return offset;
        }
        return offset >= position + removed ? offset + inserted - removed : position + inserted;
    }
}
