package dev.dynamodesk.dynamo;

/**
 * Refuses every write on a read-only connection before a request leaves the process. Services that
 * write ask it first; the UI also hides write actions, but this is what makes read-only true.
 */
public final class WriteGuard {
    private final boolean readOnly;
    private final String connectionName;

    public WriteGuard(boolean readOnly, String connectionName) {
        this.readOnly = readOnly;
        this.connectionName = connectionName;
    }

    public static WriteGuard allowingWrites() {
        return new WriteGuard(false, "");
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Throws {@link ReadOnlyException} naming what was refused ("delete 3 items") on a read-only connection. */
    public void check(String what) {
        if (readOnly) {
            throw new ReadOnlyException("The connection " + connectionName + " is read-only: refused to " + what + ".");
        }
    }

    /** A write refused by the guard. */
    public static final class ReadOnlyException extends RuntimeException {
        public ReadOnlyException(String message) {
            super(message);
        }
    }
}
