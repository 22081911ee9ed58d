package dev.dynamodesk.item.change;

/** A change that cannot be made to one item, with why: the item is listed as failed, and nothing is written to it. */
public final class ChangeRefused extends RuntimeException {
    /** The kinds of reason a dry run counts separately. */
    public enum Reason {
        TYPE("type conflict"),
        PATH("path does not exist"),
        KEY("changes a key attribute"),
        SIZE("over 400 KB");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Reason reason;

    public ChangeRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
