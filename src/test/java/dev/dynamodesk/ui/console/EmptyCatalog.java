package dev.dynamodesk.ui.console;

import dev.dynamodesk.dynamo.partiql.Completions;
import java.util.List;

/** Completion that knows no tables: for tests of the editor that do not complete. */
final class EmptyCatalog implements Completions.Catalog {
    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public List<String> indexes(String table) {
        return List.of();
    }

    @Override
    public List<String> attributes(String table) {
        return List.of();
    }
}
