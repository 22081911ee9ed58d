package dev.dynamodesk.transfer;

import dev.dynamodesk.item.Item;

/**
 * One record of a file being imported: where it starts (line number, from 1), its original text
 * (written to the file of failed lines as it was), and the item read from it or why none could be.
 */
public record ImportLine(long number, String text, Item item, String problem) {
    public static ImportLine read(long number, String text, Item item) {
        return new ImportLine(number, text, item, null);
    }

    public static ImportLine failed(long number, String text, String problem) {
        return new ImportLine(number, text, null, problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
