package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.PartiqlStyler.StyleRun;
import java.util.List;
import java.util.Optional;

/**
 * Finds the partner of the bracket or quote beside the caret, ignoring brackets inside strings,
 * quoted names and comments (known from the highlighting runs).
 */
final class BracketMatcher {
    private static final String OPENING = "([{";
    private static final String CLOSING = ")]}";

    /** The two positions to mark. */
    record Pair(int first, int second) {
    }

    private BracketMatcher() {
    }

    static Optional<Pair> match(String text, int caret, List<StyleRun> runs) {
        // The character before the caret first, as editors do after typing a closing bracket.
        for (int at : new int[] {caret - 1, caret}) {
            if (at < 0 || at >= text.length()) {
                continue;
            }
            StyleRun quoted = quotedRunAt(runs, at);
            if (quoted != null) {
                if ((at == quoted.start() || at == quoted.end() - 1) && quoted.end() - quoted.start() >= 2
                        && !quoted.styleClass().endsWith("-open")) {
                    return Optional.of(new Pair(quoted.start(), quoted.end() - 1));
                }
                continue;
            }
            char c = text.charAt(at);
            int open = OPENING.indexOf(c);
            int close = CLOSING.indexOf(c);
            if (open >= 0) {
                return scan(text, at, 1, c, CLOSING.charAt(open), runs).map(other -> new Pair(at, other));
            }
            if (close >= 0) {
                return scan(text, at, -1, c, OPENING.charAt(close), runs).map(other -> new Pair(other, at));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> scan(String text, int from, int step, char same, char partner, List<StyleRun> runs) {
        int depth = 0;
        for (int at = from; at >= 0 && at < text.length(); at += step) {
            StyleRun quoted = quotedRunAt(runs, at);
            if (quoted != null) {
                at = step > 0 ? quoted.end() - 1 : quoted.start();
                continue;
            }
            char c = text.charAt(at);
            if (c == same) {
                depth++;
            } else if (c == partner) {
                depth--;
                if (depth == 0) {
                    return Optional.of(at);
                }
            }
        }
        return Optional.empty();
    }

    /** The string, quoted name, Ion literal or comment run holding {@code at}, by binary search. */
    private static StyleRun quotedRunAt(List<StyleRun> runs, int at) {
        int low = 0;
        int high = runs.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            StyleRun run = runs.get(middle);
            if (run.end() <= at) {
                low = middle + 1;
            } else if (run.start() > at) {
                high = middle - 1;
            } else {
                return isQuoted(run) ? run : null;
            }
        }
        return null;
    }

    private static boolean isQuoted(StyleRun run) {
        String style = run.styleClass();
        return style.startsWith("pq-string") || style.startsWith("pq-name") || style.startsWith("pq-comment")
                || style.startsWith("pq-ion");
    }
}
