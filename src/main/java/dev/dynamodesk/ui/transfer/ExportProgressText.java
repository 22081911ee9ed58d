package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.transfer.Exporter;
import java.time.Duration;

/** "Exported 12,000 of about 20,000 items · 3.1 MB · 4,012 items/s · 2 s left" for the status bar. */
final class ExportProgressText {
    private ExportProgressText() {
    }

    static String of(Exporter.Progress progress) {
        StringBuilder text = new StringBuilder(String.format("Exported %,d", progress.items()));
        if (progress.expectedItems() > 0) {
            text.append(String.format(" of about %,d", progress.expectedItems()));
        }
        text.append(" items · ").append(size(progress.bytes()))
                .append(String.format(" · %,.0f items/s", progress.itemsPerSecond()));
        progress.timeLeft().map(ExportProgressText::duration).ifPresent(left -> text.append(" · ").append(left).append(" left"));
        return text.toString();
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    static String duration(Duration left) {
        long seconds = Math.max(1, left.toSeconds());
        return seconds < 90 ? seconds + " s" : (seconds + 30) / 60 + " min";
    }
}
