package dev.dynamodesk.cli;

import dev.dynamodesk.dynamo.query.AttributePath;
import dev.dynamodesk.item.edit.ValuePath;
import dev.dynamodesk.item.change.Change;

/** The changes of {@code update} as typed: {@code --set 'PATH = VALUE'}, {@code --remove PATH}, {@code --add 'PATH VALUE'}. */
final class ChangeArguments {
    private ChangeArguments() {
    }

    static Change set(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw CliFailure.usage("--set '" + text + "' is not 'PATH = VALUE'");
        }
        return new Change.SetValue(path(text.substring(0, equals), "--set"), TypedArguments.value(text.substring(equals + 1).strip(), null));
    }

    static Change remove(String text) {
        return new Change.Remove(path(text, "--remove"));
    }

    static Change add(String text) {
        String[] parts = text.strip().split("\\s+", 2);
        if (parts.length < 2) {
            throw CliFailure.usage("--add '" + text + "' is not 'PATH VALUE' (a number, or a set in DynamoDB JSON)");
        }
        try {
            return new Change.AddTo(path(parts[0], "--add"), TypedArguments.value(parts[1], null));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("--add '" + text + "': " + e.getMessage());
        }
    }

    /** A path as scan's --where takes it ("address.city", "tags[0]"), as the item editor addresses values. */
    static ValuePath path(String text, String option) {
        try {
            return AttributePath.parse(text.strip()).toValuePath();
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(option + " '" + text.strip() + "': " + e.getMessage());
        }
    }
}
