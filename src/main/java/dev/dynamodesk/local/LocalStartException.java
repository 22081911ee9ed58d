package dev.dynamodesk.local;

/** DynamoDB Local could not start; the message says why in words a user can act on. */
public class LocalStartException extends Exception {
    public LocalStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
