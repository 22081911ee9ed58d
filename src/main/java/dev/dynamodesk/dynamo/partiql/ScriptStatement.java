package dev.dynamodesk.dynamo.partiql;

/**
 * One statement of a script: where it is in the script ({@code start} inclusive, {@code end}
 * exclusive, without the semicolon) and the text to send. In that text comments are blanked out
 * (newlines kept, so positions and line numbers still match the script) and the ends are trimmed;
 * {@code textStart} is where the text begins in the script.
 */
public record ScriptStatement(int start, int end, String text, int textStart) {

    /** Where an offset into {@link #text()} is in the whole script. */
    public int toScript(int offsetInText) {
        return textStart + offsetInText;
    }
}
