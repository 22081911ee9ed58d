package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.PartiqlScript;
import dev.dynamodesk.dynamo.partiql.ScriptStatement;
import java.util.ArrayList;
import java.util.List;

/** Which statements of the script a run means: the selection's, or the one under the caret. */
final class ConsoleSelection {
    private static final int TITLE_LENGTH = 80;

    private ConsoleSelection() {
    }

    static List<ScriptStatement> all(String script) {
        return PartiqlScript.statements(script);
    }

    /**
     * With a selection, the statements in the selected text (a part of one statement runs as that
     * part); without one, the statement at the caret. Positions stay those of the whole script.
     */
    static List<ScriptStatement> toRun(String script, int caret, int selectionStart, int selectionEnd) {
        if (selectionEnd > selectionStart) {
            List<ScriptStatement> statements = new ArrayList<>();
            String selected = script.substring(selectionStart, selectionEnd);
            for (ScriptStatement part : PartiqlScript.statements(selected)) {
                statements.add(new ScriptStatement(part.start() + selectionStart, part.end() + selectionStart, part.text(),
                        part.textStart() + selectionStart));
            }
            return statements;
        }
        return PartiqlScript.statementAt(script, caret).map(List::of).orElse(List.of());
    }

    /** The statement on one line, shortened: a result's title. */
    static String title(String statement) {
        String line = statement.replaceAll("\\s+", " ").strip();
        return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "…";
    }
}
