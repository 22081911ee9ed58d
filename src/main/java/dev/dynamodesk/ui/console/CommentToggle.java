package dev.dynamodesk.ui.console;

/**
 * Comments or uncomments whole lines with {@code --}: if every non-blank line of the range is
 * commented, the marks are removed; otherwise every non-blank line gets one.
 */
final class CommentToggle {
    /** The new text of lines [lineStart, lineEnd) of {@code text}. */
    record Change(int lineStart, int lineEnd, String replacement) {
    }

    private CommentToggle() {
    }

    static Change toggle(String text, int selectionStart, int selectionEnd) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, selectionStart - 1)) + 1;
        if (selectionStart == 0) {
            lineStart = 0;
        }
        // A selection ending at the start of a line does not take that line in.
        int end = selectionEnd > selectionStart && selectionEnd > 0 && text.charAt(selectionEnd - 1) == '\n'
                ? selectionEnd - 1 : selectionEnd;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String[] lines = text.substring(lineStart, lineEnd).split("\n", -1);
        boolean allCommented = true;
        for (String line : lines) {
            if (!line.isBlank() && !line.stripLeading().startsWith("--")) {
                allCommented = false;
            }
        }
        StringBuilder replacement = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                int indent = line.length() - line.stripLeading().length();
                String body = line.substring(indent);
                if (allCommented) {
                    body = body.startsWith("-- ") ? body.substring(3) : body.substring(2);
                } else {
                    body = "-- " + body;
                }
                line = line.substring(0, indent) + body;
            }
            replacement.append(line);
            if (i < lines.length - 1) {
                replacement.append('\n');
            }
        }
        return new Change(lineStart, lineEnd, replacement.toString());
    }
}
