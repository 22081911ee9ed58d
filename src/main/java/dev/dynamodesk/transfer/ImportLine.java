package dev.dynamodesk.transfer;

import dev.dynamodesk.item.Item;

/**
 * One record of a file being imported: where it starts (line number, from 1), its original text
 * (written to the file of failed lines as it was), and the item read from it or why none could be.
 * {@code element} is its position in a JSON array (from 1), or 0 where records are lines.
 */
public record ImportLine(long number, String text, Item item, String problem, long element) {
    public static ImportLine read(long number, String text, Item item) {
        return new ImportLine(number, text, item, null, 0);
    }

    public static ImportLine failed(long number, String text, String problem) {
        return new ImportLine(number, text, null, problem, 0);
    }

    /** The same record, as element {@code index} of an array. */
    public ImportLine asElement(long index) {
        return new ImportLine(number, text, item, problem, index);
    }

    public boolean ok() {
        return problem == null;
    }

    /** "line 12", or "element 3 (line 1)" in a JSON array: where a user finds the record. */
    public String where() {
        return element > 0 ? "element " + element + " (line " + number + ")" : "line " + number;
    }
}
