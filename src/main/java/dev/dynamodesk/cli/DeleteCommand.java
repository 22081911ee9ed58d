package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.bulk.JournalHeader;
import dev.dynamodesk.item.change.ChangeSet;
import picocli.CommandLine.Command;

/** Deletes every item that matches, after a dry run; each delete conditioned on the item as read, journaled first. */
@Command(name = "delete", description = "Delete every matching item, each only if it is still as read, with a dry run first and"
        + " a journal that `revert` puts back.")
final class DeleteCommand extends BulkCommand {
    @Override
    ChangeSet changes() {
        return ChangeSet.deletingItems();
    }

    @Override
    String kind() {
        return JournalHeader.DELETE;
    }
}
