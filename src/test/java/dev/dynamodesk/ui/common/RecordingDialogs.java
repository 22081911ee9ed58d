package dev.dynamodesk.ui.common;

import dev.dynamodesk.dynamo.ErrorMessages;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;

/** A DialogService for tests: answers every question with {@code answer} and keeps what was asked and told. */
public final class RecordingDialogs implements DialogService, AutoCloseable {
    public final List<Question> asked = new ArrayList<>();
    public final List<Notice> told = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    private final boolean answer;
    private final DialogService before;

    private RecordingDialogs(boolean answer) {
        this.answer = answer;
        this.before = DialogService.use(this);
    }

    /** Puts itself in use until closed. */
    public static RecordingDialogs answering(boolean answer) {
        return new RecordingDialogs(answer);
    }

    @Override
    public boolean confirm(Window owner, Question question) {
        asked.add(question);
        return answer;
    }

    @Override
    public boolean confirmTyped(Window owner, Question question, String word) {
        asked.add(question);
        return answer;
    }

    @Override
    public void tell(Window owner, Notice notice) {
        told.add(notice);
    }

    @Override
    public void error(Window owner, String title, ErrorMessages.UserError error) {
        errors.add(title + ": " + error.summary());
    }

    @Override
    public void close() {
        DialogService.use(before);
    }
}
