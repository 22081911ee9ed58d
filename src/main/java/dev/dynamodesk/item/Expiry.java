package dev.dynamodesk.item;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a time-to-live attribute's value means: DynamoDB takes a number of seconds since the epoch
 * (a whole number; a fraction is ignored) and deletes the item within a few days after it. Any
 * other type, or a number that is no time, is kept but never expires the item.
 */
public final class Expiry {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** Beyond this a number is no epoch-seconds time anyone meant (year 9999). */
    private static final BigDecimal LAST_SECOND = BigDecimal.valueOf(253_402_300_799L);

    private Expiry() {
    }

    /** "2026-12-03 10:00 · expires in 3 d", "2026-11-29 08:00 · expired 1 d ago, pending deletion", or why it is no expiry. */
    public static String describe(DynamoValue value, Instant now) {
        if (!(value instanceof NumberValue number)) {
            return "not a number: DynamoDB never expires this item";
        }
        BigDecimal seconds = number.toBigDecimal();
        if (seconds.signum() < 0 || seconds.compareTo(LAST_SECOND) > 0) {
            return "not a time in epoch seconds: DynamoDB never expires this item";
        }
        Instant at = Instant.ofEpochSecond(seconds.longValue());
        Duration left = Duration.between(now, at);
        return WHEN.format(at) + " · " + (left.isNegative() ? "expired " + span(left.negated()) + " ago, pending deletion"
                : "expires in " + span(left));
    }

    /** The value followed by what it means, as the grid's TTL column shows it. */
    public static String annotate(DynamoValue value, Instant now) {
        return ValueSummary.of(value, 40) + " (" + describe(value, now) + ")";
    }

    private static String span(Duration duration) {
        if (duration.toDays() >= 1) {
            return duration.toDays() + " d";
        }
        if (duration.toHours() >= 1) {
            return duration.toHours() + " h";
        }
        return Math.max(1, duration.toMinutes()) + " min";
    }
}
