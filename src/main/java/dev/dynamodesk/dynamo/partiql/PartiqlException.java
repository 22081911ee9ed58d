package dev.dynamodesk.dynamo.partiql;

/**
 * A statement the server (or our own checks) refused, explained in plain words. {@code position}
 * is an offset into the statement's text where the problem can be found, or -1; {@code serverMessage}
 * is what the server said, word for word, or empty when the statement never left the process.
 */
public final class PartiqlException extends RuntimeException {
    private final int position;
    private final int length;
    private final String serverMessage;

    public PartiqlException(String explanation, int position, int length, String serverMessage, Throwable cause) {
        super(explanation, cause);
        this.position = position;
        this.length = length;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
    }

    public int position() {
        return position;
    }

    /** How many characters from {@link #position()} to mark (at least one when there is a position). */
    public int length() {
        return length;
    }

    public String serverMessage() {
        return serverMessage;
    }
}
