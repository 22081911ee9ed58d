package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.bulk.JournalHeader;
import dev.dynamodesk.item.change.Change;
import dev.dynamodesk.item.change.ChangeSet;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Changes every item that matches, after a dry run; each write conditioned on the item as read, journaled first. */
@Command(name = "update", description = "Change every matching item (SET, REMOVE, ADD), conditioned on each item as read, with a"
        + " dry run first and a journal that `revert` undoes.")
final class UpdateCommand extends BulkCommand {
    @Option(names = "--set", paramLabel = "'PATH = VALUE'", description = "Set an attribute or nested path; VALUE as --where takes it"
            + " (N:42, S:42, BOOL:true, NULL, DynamoDB JSON; untyped numbers are N). Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "PATH", description = "Remove an attribute or nested path. Repeatable.")
    List<String> removes = new ArrayList<>();

    @Option(names = "--add", paramLabel = "'PATH VALUE'", description = "Add a number to a number, or members to a set"
            + " ({\"SS\": [\"a\"]}); a missing value becomes VALUE. Repeatable.")
    List<String> adds = new ArrayList<>();

    @Override
    ChangeSet changes() {
        List<Change> changes = new ArrayList<>();
        sets.forEach(text -> changes.add(ChangeArguments.set(text)));
        adds.forEach(text -> changes.add(ChangeArguments.add(text)));
        removes.forEach(text -> changes.add(ChangeArguments.remove(text)));
        if (changes.isEmpty()) {
            throw CliFailure.usage("Say what to change: --set 'PATH = VALUE', --remove PATH or --add 'PATH VALUE'");
        }
        return ChangeSet.of(changes);
    }

    @Override
    String kind() {
        return JournalHeader.UPDATE;
    }
}
