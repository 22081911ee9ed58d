package dev.dynamodesk.ui.entity;

import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.entity.EntityModel;
import dev.dynamodesk.entity.EntityModelFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The entity model the app keeps for each table of each connection (detected, loaded or edited),
 * under the app's data folder; the built-in DynamoDB Local's sample App table starts with the model
 * that ships with it. A user's own copy (in their repository) is saved and loaded explicitly.
 */
public final class EntityModelStore {
    private static final String SAMPLE_TABLE = "App";
    private final Path folder;

    public EntityModelStore(Path folder) {
        this.folder = folder;
    }

    /** Empty when this table has no model yet. Read on a background thread. */
    public Optional<EntityModel> load(ConnectionProfile connection, String table) throws IOException {
        Path file = file(connection, table);
        if (Files.isRegularFile(file)) {
            return Optional.of(EntityModelFiles.load(file, table));
        }
        if (connection.embeddedLocal() && table.equals(SAMPLE_TABLE)) {
            try (InputStream sample = EntityModelStore.class.getResourceAsStream("/dev/dynamodesk/local/samples/App.entities.json")) {
                return Optional.of(EntityModelFiles.parse(new String(sample.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), table,
                        "the sample App model"));
            }
        }
        return Optional.empty();
    }

    public void save(ConnectionProfile connection, String table, EntityModel model) throws IOException {
        Path file = file(connection, table);
        Files.createDirectories(file.getParent());
        EntityModelFiles.save(model, file);
    }

    /** Whether the sample model is the one in use (no copy of the app's own yet). */
    public boolean shipped(ConnectionProfile connection, String table) {
        return connection.embeddedLocal() && table.equals(SAMPLE_TABLE) && !Files.isRegularFile(file(connection, table));
    }

    private Path file(ConnectionProfile connection, String table) {
        // Names as files: a table name is [a-zA-Z0-9_.-]+, a connection id is ours.
        return folder.resolve(connection.id().replaceAll("[^A-Za-z0-9_.-]", "_")).resolve(table + ".json");
    }
}
