package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.transfer.ExportFolder;
import dev.dynamodesk.transfer.FailedLinesFile;
import dev.dynamodesk.transfer.ItemSource;
import dev.dynamodesk.transfer.ItemSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the import dialog's choice reads, checked before anything is written: a file, a downloaded
 * export's folder, or an export straight from S3 (its manifests read first); its size for the
 * progress bar and where its failed records go.
 */
final class ChosenSource implements AutoCloseable {
    private final ImportDialog.Choice choice;
    private final AutoCloseable store;
    private final ExportFolder export;

    private ChosenSource(ImportDialog.Choice choice, AutoCloseable store, ExportFolder export) {
        this.choice = choice;
        this.store = store;
        this.export = export;
    }

    static ChosenSource of(ImportDialog.Choice choice) throws IOException {
        if (choice.s3() != null) {
            var store = choice.s3().open();
            try {
                return new ChosenSource(choice, store, ExportFolder.read(store));
            } catch (IOException | RuntimeException e) {
                store.close();
                throw e;
            }
        }
        Path file = choice.file();
        if (Files.isDirectory(file) && ExportFolder.isExport(file)) {
            return new ChosenSource(choice, null, ExportFolder.read(file));
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder: choose a file to import, or a DynamoDB export's folder (with its"
                    + " manifest-summary.json or data/*.json.gz); nothing was imported.");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("There is no file " + file + "; nothing was imported.");
        }
        return new ChosenSource(choice, null, null);
    }

    /** The export's manifests, or null for a plain file. */
    ExportFolder export() {
        return export;
    }

    /** What progress counts to: the export's items, or the file's bytes. */
    long size() throws IOException {
        return Math.max(1, export != null ? export.expectedItems() : Files.size(choice.file()));
    }

    ItemSource open() throws IOException {
        return export != null ? export.open() : ItemSources.open(choice.file(), choice.format(), choice.csvMapping());
    }

    /** Beside the file or folder; for S3, in the home folder, named after the table. */
    Path failedFile(String table, ItemSource lines) {
        if (choice.s3() != null) {
            return Path.of(System.getProperty("user.home"), table + "-from-s3.failed.jsonl");
        }
        return export != null ? choice.file().toAbsolutePath().resolveSibling(choice.file().getFileName() + ".failed.jsonl")
                : FailedLinesFile.beside(choice.file(), lines.failedFormat());
    }

    @Override
    public void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }
}
