package dev.dynamodesk.cli;

import java.io.PrintStream;

/**
 * One line of progress on a terminal, redrawn in place: a bar when the total is known, counts
 * otherwise. Nothing at all when the output is not a terminal, so logs and pipes stay clean.
 */
final class ProgressLine {
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean shown;
    private int lastLength;

    ProgressLine(CliEnvironment environment) {
        this.err = environment.err();
        this.shown = environment.terminal();
    }

    /** @param total the expected count, or 0 when unknown */
    void show(long done, long total, String detail) {
        if (!shown) {
            return;
        }
        StringBuilder line = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ")
                    .append(Math.min(100, done * 100 / total)).append("% ");
        }
        line.append(detail);
        int padding = Math.max(0, lastLength - line.length());
        lastLength = line.length();
        err.print("\r" + line + " ".repeat(padding));
        err.flush();
    }

    /** Ends the line so what follows starts on its own. */
    void done() {
        if (shown && lastLength > 0) {
            err.println();
            lastLength = 0;
        }
    }
}
