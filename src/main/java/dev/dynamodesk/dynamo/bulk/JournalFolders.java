package dev.dynamodesk.dynamo.bulk;

import java.nio.file.Path;

/** Where a connection's journals go: one folder per connection under the app's journals folder, named safely after it. */
public final class JournalFolders {
    private JournalFolders() {
    }

    public static Path of(Path journals, String connectionName) {
        String name = connectionName.replaceAll("[^A-Za-z0-9._-]+", "_");
        return journals.resolve(name.isBlank() || name.startsWith(".") ? "connection" + name : name);
    }
}
