package dev.dynamodesk.transfer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file an import writes its failed records to, beside the imported file
 * ({@code orders.csv} → {@code orders.csv.failed.csv}), in a format that imports again once fixed.
 */
public final class FailedLinesFile {
    private FailedLinesFile() {
    }

    public static Path beside(Path imported, ExportFormat format) {
        return imported.resolveSibling(imported.getFileName() + ".failed." + format.extension());
    }

    /** Opens the file and writes what must come before the records (a CSV header). */
    public static Writer open(Path file, ItemSource source) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            writer.write(source.failedPreamble());
        } catch (IOException e) {
            writer.close();
            throw e;
        }
        return writer;
    }
}
