package dev.dynamodesk.ui.transfer;

import dev.dynamodesk.dynamo.TableDetails.Fact;
import dev.dynamodesk.dynamo.TableInfo;
import java.util.Optional;

/**
 * What the export dialog says about a table too big to export well through one machine (DynamoDB
 * estimates a million items or a gigabyte and more): DynamoDB's own export to S3, ready to start
 * when point-in-time recovery is on, else how to turn it on, or why this endpoint has none.
 */
final class LargeTableAdvice {
    static final long LARGE_ITEMS = 1_000_000;
    static final long LARGE_BYTES = 1L << 30;

    private LargeTableAdvice() {
    }

    static boolean large(TableInfo table) {
        return table.approximateItemCount() >= LARGE_ITEMS || table.sizeBytes() >= LARGE_BYTES;
    }

    /** @param pitrOn whether point-in-time recovery is on, as the endpoint said (null when not asked) */
    static Optional<String> of(TableInfo table, Fact<Boolean> pitrOn) {
        if (!large(table)) {
            return Optional.empty();
        }
        String size = String.format("%s holds about %,d items (%s): an export from here reads each through this machine and"
                + " spends read capacity. DynamoDB can export it to S3 itself, reading no capacity and running on AWS:",
                table.name(), table.approximateItemCount(), bytes(table.sizeBytes()));
        String how = " the table's Info ▸ Operations ▸ Export to S3…, or dynamodesk export " + table.name() + " --to-s3 s3://bucket/prefix.";
        if (pitrOn == null || !pitrOn.available()) {
            return Optional.of(size + how + " It needs point-in-time recovery, which this endpoint does not offer"
                    + (pitrOn == null ? "." : " (" + pitrOn.unavailable() + ")."));
        }
        return Optional.of(pitrOn.value() ? size + how + " Point-in-time recovery is on: it can start now."
                : size + how + " It needs point-in-time recovery, which is off: turn it on first (Info ▸ Operations ▸"
                        + " Point-in-time recovery ▸ Change…), which DynamoDB bills by the table's size.");
    }

    private static String bytes(long size) {
        return size >= LARGE_BYTES ? String.format("%s GiB", java.math.BigDecimal.valueOf(size)
                .divide(java.math.BigDecimal.valueOf(LARGE_BYTES), 1, java.math.RoundingMode.HALF_UP))
                : String.format("%,d MB", size / 1_000_000);
    }
}
