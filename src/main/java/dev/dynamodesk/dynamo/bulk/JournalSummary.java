package dev.dynamodesk.dynamo.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A journal as the history lists it: what the run was and how it ended ({@code ended} null and
 * {@code counts} null when it never ended: a crash or a kill; revert then undoes what it did).
 */
public record JournalSummary(Path file, JournalHeader header, String ended, BulkTally.Counts counts) {
    /** The journals in {@code folder}, newest first; files that are not journals are left out. */
    public static List<JournalSummary> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<JournalSummary> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".jsonl")).toList()) {
                try {
                    found.add(of(JournalReader.open(file)));
                } catch (IllegalArgumentException | UncheckedIOException notAJournal) {
                    // Listed by name only in the folder; the history shows journals it can read.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the journals in " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing((JournalSummary summary) -> summary.header().started()).reversed());
        return found;
    }

    static JournalSummary of(JournalReader journal) {
        var end = journal.endLine();
        if (end == null) {
            return new JournalSummary(journal.file(), journal.header(), null, null);
        }
        BulkTally.Counts counts = new BulkTally.Counts(end.path("read").asLong(), end.path("changed").asLong(),
                end.path("unchanged").asLong(), end.path("skipped").asLong(), end.path("failed").asLong(),
                end.path("notAttempted").asLong(), -1);
        return new JournalSummary(journal.file(), journal.header(), end.path("end").asText(), counts);
    }

    /** "finished: changed 4,950, …", or that the run never ended. */
    public String describe() {
        return ended == null ? "did not end (stopped by a crash or a kill): revert undoes what it wrote"
                : ended + ": " + counts.summary();
    }
}
