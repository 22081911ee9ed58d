package dev.dynamodesk.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiryTest {
    private static final Instant NOW = Instant.parse("2026-11-30T04:00:00Z");

    @Test
    void epochSecondsSayWhenAndHowLongLeft() {
        long inThreeDays = NOW.getEpochSecond() + 3 * 86_400 + 60;
        assertThat(Expiry.describe(new NumberValue(Long.toString(inThreeDays)), NOW)).endsWith(" · expires in 3 d");
        assertThat(Expiry.describe(new NumberValue(Long.toString(NOW.getEpochSecond() + 5 * 3_600 + 1)), NOW)).endsWith("expires in 5 h");
        assertThat(Expiry.describe(new NumberValue(Long.toString(NOW.getEpochSecond() + 20)), NOW)).endsWith("expires in 1 min");
        assertThat(Expiry.describe(new NumberValue(Long.toString(NOW.getEpochSecond() - 2 * 86_400)), NOW))
                .endsWith(" · expired 2 d ago, pending deletion");
        // A fraction of a second does not change the time.
        assertThat(Expiry.describe(new NumberValue(inThreeDays + ".75"), NOW)).isEqualTo(Expiry.describe(
                new NumberValue(Long.toString(inThreeDays)), NOW));
    }

    @Test
    void anythingElseNeverExpiresTheItem() {
        assertThat(Expiry.describe(new StringValue("2026-12-01"), NOW)).isEqualTo("not a number: DynamoDB never expires this item");
        assertThat(Expiry.describe(new NumberValue("-5"), NOW)).startsWith("not a time in epoch seconds");
        assertThat(Expiry.describe(new NumberValue("1E+30"), NOW)).startsWith("not a time in epoch seconds");
        assertThat(Expiry.annotate(new NumberValue("1764475200"), NOW)).startsWith("1764475200 (").endsWith(")");
    }
}
