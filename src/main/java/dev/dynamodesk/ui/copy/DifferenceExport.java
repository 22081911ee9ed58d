package dev.dynamodesk.ui.copy;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dynamodesk.dynamo.compare.DifferenceLines;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The listed differences to a file of JSON lines, as `diff` prints them. */
final class DifferenceExport {
    private DifferenceExport() {
    }

    static void write(List<DifferenceRow> rows, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator json = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            DifferenceLines lines = new DifferenceLines(json);
            for (DifferenceRow row : rows) {
                switch (row.kind()) {
                    case ONLY_LEFT -> lines.onlyLeft(row.key(), row.left());
                    case ONLY_RIGHT -> lines.onlyRight(row.key(), row.right());
                    case DIFFERENT -> lines.different(row.key(), row.left(), row.right(), row.changes());
                }
            }
            json.writeRaw('\n');
        }
    }
}
