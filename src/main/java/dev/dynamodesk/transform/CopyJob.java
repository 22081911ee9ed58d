package dev.dynamodesk.transform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A copy with transformers, kept as a JSON file the user can commit to their repository: where
 * from and where to, which items (filters or a PartiQL WHERE), the transformers, the defaults by
 * type, and the name of the environment variable that holds the secret. Never the secret itself.
 */
public record CopyJob(Side source, Side target, List<String> where, String partiqlWhere, List<String> transforms,
                      List<String> defaults, String hashSecretEnv, boolean createTable, String ifExists) {
    /** A connection (a profile, or an endpoint and region) and a table; null parts are the command line's. */
    public record Side(String profile, String endpoint, String region, String table) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CopyJob {
        source = source == null ? new Side(null, null, null, null) : source;
        target = target == null ? new Side(null, null, null, null) : target;
        where = where == null ? List.of() : List.copyOf(where);
        transforms = transforms == null ? List.of() : List.copyOf(transforms);
        defaults = defaults == null ? List.of() : List.copyOf(defaults);
    }

    /** Reads a job file; a field it does not know (a typo) or broken JSON is said with the file's name. */
    public static CopyJob read(Path file) {
        try {
            return JSON.readValue(Files.readAllBytes(file), CopyJob.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(file + ": there is no field \"" + e.getPropertyName() + "\" in a copy job (the fields are"
                    + " source, target, where, partiqlWhere, transforms, defaults, hashSecretEnv, createTable, ifExists)");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a copy job: " + firstLine(e.getMessage()));
        }
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Written whole or not at all: a job read while it is being saved is never half a file.
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, JSON.writeValueAsBytes(this));
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
