package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.PartiqlLexer;
import dev.dynamodesk.dynamo.partiql.ScriptStatement;
import dev.dynamodesk.dynamo.partiql.Token;
import dev.dynamodesk.dynamo.partiql.TokenKind;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One value slot per {@code ?} of the script, in order. Slots keep their values while the script
 * is edited (the second {@code ?} keeps the second value), and are labelled with where the mark is.
 */
public final class ConsoleParameters {
    private static final int CONTEXT_LENGTH = 40;

    private final ObservableList<ParameterSlot> slots = FXCollections.observableArrayList();
    private List<Integer> positions = List.of();

    public ObservableList<ParameterSlot> slots() {
        return slots;
    }

    /** Matches the slots to the script's {@code ?} marks. */
    public void update(String script) {
        List<Integer> found = new ArrayList<>();
        for (Token token : PartiqlLexer.meaningful(script)) {
            if (token.kind() == TokenKind.PARAMETER) {
                found.add(token.start());
            }
        }
        positions = List.copyOf(found);
        while (slots.size() > found.size()) {
            slots.remove(slots.size() - 1);
        }
        List<ParameterSlot> added = new ArrayList<>();
        for (int i = slots.size(); i < found.size(); i++) {
            added.add(new ParameterSlot());
        }
        slots.addAll(added);
        for (int i = 0; i < found.size(); i++) {
            slots.get(i).labelProperty().set(label(script, i, found.get(i)));
        }
    }

    /** The slots of the {@code ?} marks inside one statement. */
    List<ParameterSlot> slotsOf(String script, ScriptStatement statement) {
        List<ParameterSlot> result = new ArrayList<>();
        for (int i = 0; i < positions.size() && i < slots.size(); i++) {
            int at = positions.get(i);
            if (at >= statement.textStart() && at < statement.textStart() + statement.text().length()) {
                result.add(slots.get(i));
            }
        }
        return result;
    }

    /** "?2 · line 3: sk = ?" */
    private static String label(String script, int index, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (script.charAt(i) == '\n') {
                line++;
            }
        }
        int lineStart = script.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        if (position == 0) {
            lineStart = 0;
        }
        String before = script.substring(lineStart, position + 1).strip();
        if (before.length() > CONTEXT_LENGTH) {
            before = "…" + before.substring(before.length() - CONTEXT_LENGTH);
        }
        return "?" + (index + 1) + " · line " + line + ": " + before;
    }
}
