package dev.dynamodesk.item;

/** A DynamoDB JSON text that cannot be read, with the 1-based line and column of the problem. */
public class DynamoJsonException extends Exception {
    private final int line;
    private final int column;

    public DynamoJsonException(String problem, int line, int column) {
        super(problem + " (line " + line + ", column " + column + ")");
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
