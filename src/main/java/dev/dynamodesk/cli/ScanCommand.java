package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.ItemQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Every item of a table or index (optionally filtered) to standard output. */
@Command(name = "scan", description = "Print the items of a table or index, optionally filtered.")
final class ScanCommand extends ItemReadCommand {
    @Option(names = "--segments", paramLabel = "N", description = "Parallel scan segments (default 1; ignored with --limit).")
    int segments = 1;

    @Override
    ItemQuery query(ItemQuery base, TableInfo info) {
        if (segments < 1 || segments > 1_000_000) {
            throw CliFailure.usage("--segments must be between 1 and 1000000");
        }
        return base;
    }

    @Override
    int segments() {
        return segments;
    }
}
