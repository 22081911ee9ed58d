package dev.dynamodesk.dynamo.transfer;

import java.time.Duration;
import java.util.Optional;

/** How far an export is; {@code expectedItems} is DynamoDB's estimate (0 when unknown). */
public record ExportProgress(long items, long bytes, Duration elapsed, long expectedItems) {
    public double itemsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : items / seconds;
    }

    /** Time left at the current rate, when the number of items is known and not yet passed. */
    public Optional<Duration> timeLeft() {
        double rate = itemsPerSecond();
        if (expectedItems <= 0 || items >= expectedItems || rate <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) ((expectedItems - items) / rate * 1000)));
    }

    /** "Exported 12,000 of about 20,000 items · 3.1 MB · 4,012 items/s · 2 s left". */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format("Exported %,d", items));
        if (expectedItems > 0) {
            text.append(String.format(" of about %,d", expectedItems));
        }
        text.append(" items · ").append(ExportResult.bytes(bytes)).append(String.format(" · %,.0f items/s", itemsPerSecond()));
        timeLeft().ifPresent(left -> {
            long seconds = Math.max(1, left.toSeconds());
            text.append(" · ").append(seconds < 90 ? seconds + " s" : (seconds + 30) / 60 + " min").append(" left");
        });
        return text.toString();
    }
}
