package dev.dynamodesk.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.TableDetails.Fact;
import dev.dynamodesk.dynamo.TableInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the export dialog points to DynamoDB's own export to S3, and what it says about point-in-time recovery. */
class LargeTableAdviceTest {
    private static TableInfo table(long items, long bytes) {
        return new TableInfo("Events", "ACTIVE", null, null, List.of(), items, bytes, "PAY_PER_REQUEST");
    }

    @Test
    void aSmallTableGetsNoAdvice() {
        assertThat(LargeTableAdvice.of(table(999_999, (1L << 30) - 1), Fact.of(true))).isEmpty();
    }

    @Test
    void aMillionItemsOrAGigabyteIsLargeAndPitrDecidesWhatToDoFirst() {
        assertThat(LargeTableAdvice.of(table(1_000_000, 5_000_000), Fact.of(true)).orElseThrow())
                .startsWith("Events holds about 1,000,000 items (5 MB)")
                .contains("Info ▸ Operations ▸ Export to S3…", "dynamodesk export Events --to-s3 s3://bucket/prefix")
                .endsWith("Point-in-time recovery is on: it can start now.");
        assertThat(LargeTableAdvice.of(table(10, 3L << 30), Fact.of(false)).orElseThrow())
                .startsWith("Events holds about 10 items (3.0 GiB)")
                .contains("which is off: turn it on first (Info ▸ Operations ▸ Point-in-time recovery ▸ Change…)");
        assertThat(LargeTableAdvice.of(table(2_000_000, 0), Fact.notAvailable("An unknown operation was requested.")).orElseThrow())
                .endsWith("It needs point-in-time recovery, which this endpoint does not offer (An unknown operation was requested.).");
    }
}
