package dev.dynamodesk.dynamo.stream;

/**
 * The counts of a run that moved items do not agree (read, written, the file's own records): some
 * item was lost or doubled, so the run is a failure whatever else it says.
 */
public final class AccountingException extends RuntimeException {
    public AccountingException(String message) {
        super(message);
    }
}
