package dev.dynamodesk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a DynamoDB export's files are: a downloaded folder, or S3 itself. Paths are relative to
 * where the user pointed, with {@code /} between names.
 */
public interface ExportStore {
    /** The path as the user would write it ("s3://bucket/prefix/x", "/home/me/export/x"). */
    String describe(String path);

    boolean isFile(String path) throws IOException;

    /** The names directly under {@code folder} ("" for the top), folders and files alike. */
    List<String> children(String folder) throws IOException;

    InputStream open(String path) throws IOException;

    /** A folder on this machine. */
    static ExportStore folder(Path top) {
        return new ExportStore() {
            @Override
            public String describe(String path) {
                return path.isEmpty() ? top.toString() : top.resolve(path).toString();
            }

            @Override
            public boolean isFile(String path) {
                return Files.isRegularFile(top.resolve(path));
            }

            @Override
            public List<String> children(String folder) throws IOException {
                Path dir = folder.isEmpty() ? top : top.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    return List.of();
                }
                try (Stream<Path> found = Files.list(dir)) {
                    return found.map(child -> child.getFileName().toString()).sorted().toList();
                }
            }

            @Override
            public InputStream open(String path) throws IOException {
                return Files.newInputStream(top.resolve(path));
            }
        };
    }
}
