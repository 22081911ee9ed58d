package dev.dynamodesk.dynamo.query;

/** The comparisons and functions a condition can use, with how many values each takes. */
public enum Operator {
    EQ("=", 1),
    NE("<>", 1),
    LT("<", 1),
    LE("<=", 1),
    GT(">", 1),
    GE(">=", 1),
    BETWEEN("between", 2),
    BEGINS_WITH("begins with", 1),
    CONTAINS("contains", 1),
    NOT_BEGINS_WITH("does not begin with", 1),
    EXISTS("exists", 0),
    NOT_EXISTS("does not exist", 0),
    TYPE_IS("is of type", 1),
    IN("in", -1);

    private final String label;
    private final int operandCount;

    Operator(String label, int operandCount) {
        this.label = label;
        this.operandCount = operandCount;
    }

    /** How the builder names it: "=", "between", "begins with"... */
    public String label() {
        return label;
    }

    /** Values it takes; -1 for IN (one to a hundred). */
    public int operandCount() {
        return operandCount;
    }

    /** Whether it can compare the size of a value rather than the value ({@code size(a) > :v}). */
    public boolean allowsSize() {
        return operandCount > 0 && ordinal() <= BETWEEN.ordinal();
    }

    /** Whether a sort key condition may use it. */
    public boolean allowedOnSortKey() {
        return this == EQ || this == LT || this == LE || this == GT || this == GE || this == BETWEEN || this == BEGINS_WITH;
    }

    @Override
    public String toString() {
        return label;
    }
}
