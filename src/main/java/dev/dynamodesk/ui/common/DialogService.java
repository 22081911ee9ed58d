package dev.dynamodesk.ui.common;

import dev.dynamodesk.dynamo.ErrorMessages;
import javafx.stage.Window;

/**
 * Every question and message the app puts in front of the user, in one place: confirmations,
 * typed confirmations, notices and errors with their details on demand. The app uses
 * {@link FxDialogService}; a test puts in its own answers with {@link #use}, so a view model's or a
 * view's behaviour on "yes" and on "no" is tested without a dialog on screen.
 */
public interface DialogService {

    /**
     * A question with a Cancel button and {@code yes}; {@code warning} shows it as one (a full scan,
     * a loss of data). {@code id} names the dialog for tests and screenshots.
     */
    record Question(String id, String header, String text, String yes, boolean warning) {
        public static Question of(String id, String header, String text) {
            return new Question(id, header, text, "OK", false);
        }

        public Question yes(String label) {
            return new Question(id, header, text, label, warning);
        }

        public Question asWarning() {
            return new Question(id, header, text, yes, true);
        }
    }

    /** Something that happened, shown without waiting: information, or a warning. */
    record Notice(String id, String header, String text, boolean warning) {
        public static Notice info(String id, String header, String text) {
            return new Notice(id, header, text, false);
        }

        public static Notice warning(String id, String header, String text) {
            return new Notice(id, header, text, true);
        }
    }

    /** Asks and waits for the answer: true for {@code yes}. */
    boolean confirm(Window owner, Question question);

    /** Asks the user to type {@code word} to go on (an action that cannot be undone): true when typed. */
    boolean confirmTyped(Window owner, Question question, String word);

    void tell(Window owner, Notice notice);

    /** A failure: a sentence, with the technical details one click away. */
    void error(Window owner, String title, ErrorMessages.UserError error);

    default void error(Window owner, String title, Throwable failure) {
        error(owner, title, ErrorMessages.describe(failure));
    }

    /** The service in use: JavaFX dialogs unless a test has put in another. */
    static DialogService current() {
        return Holder.current;
    }

    /** Replaces the service (tests); returns the one it replaced, to put back. */
    static DialogService use(DialogService service) {
        DialogService before = Holder.current;
        Holder.current = service;
        return before;
    }

    /** Where {@link #current} lives (an interface cannot hold a mutable field itself). */
    final class Holder {
        private static volatile DialogService current = new FxDialogService();

        private Holder() {
        }
    }
}
