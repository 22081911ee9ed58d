package dev.dynamodesk.dynamo.bulk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How fast a run may write, as typed: nothing (as fast as the table takes them), writes a second
 * ({@code 200}), or a share of the table's provisioned write capacity ({@code 50%}), turned into
 * writes a second with the dry run's average write units per write. What was typed is kept as an
 * exact decimal; only the pacing worked out from it ({@link #writesPerSecond}) is a rate in
 * thousandths of a write a second.
 */
public record WriteRate(BigDecimal perSecond, BigDecimal shareOfCapacity) {
    public static final WriteRate UNLIMITED = new WriteRate(BigDecimal.ZERO, BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_PER_SECOND = BigDecimal.valueOf(1_000_000);

    /** Reads "", "200" or "50%"; throws IllegalArgumentException with a sentence otherwise. */
    public static WriteRate parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return UNLIMITED;
        }
        // Read as a decimal, as typed: no "NaN", "Infinity" or hexadecimal.
        boolean share = value.endsWith("%");
        BigDecimal number;
        try {
            number = new BigDecimal(share ? value.substring(0, value.length() - 1).strip() : value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A rate is writes a second (200) or a share of the provisioned capacity (50%), not "
                    + text.strip());
        }
        if (share) {
            if (number.signum() <= 0 || number.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("A share of the capacity is more than 0% and at most 100%, not " + text.strip());
            }
            return new WriteRate(BigDecimal.ZERO, number.divide(HUNDRED));
        }
        if (number.signum() <= 0 || number.compareTo(MAX_PER_SECOND) > 0) {
            throw new IllegalArgumentException("A rate is a number of writes a second above 0 (at most " + MAX_PER_SECOND
                    + "), not " + text.strip());
        }
        return new WriteRate(number, BigDecimal.ZERO);
    }

    /** A share of the capacity was typed (50%), rather than writes a second. */
    public boolean isShare() {
        return shareOfCapacity.signum() > 0;
    }

    /**
     * Writes a second to pace at (0: no limit): as given, or the share of {@code provisionedWriteUnits}
     * (asked only for a share; null: on-demand, refused) divided by the write units a write takes
     * (the dry run's average), at least one.
     */
    public double writesPerSecond(double unitsPerWrite, java.util.function.Supplier<Long> provisionedWriteUnits) {
        if (!isShare()) {
            return pacing(perSecond);
        }
        Long units = provisionedWriteUnits.get();
        if (units == null || units <= 0) {
            throw new IllegalArgumentException("The table is on-demand, with no provisioned capacity to take a share of: give"
                    + " writes a second instead");
        }
        BigDecimal writes = shareOfCapacity.multiply(BigDecimal.valueOf(units))
                .divide(BigDecimal.valueOf(Math.max(1, unitsPerWrite)), 3, RoundingMode.HALF_UP);
        return Math.max(1, pacing(writes));
    }

    /** Writes a second for {@code RateLimit}: the decimal rounded to a thousandth of a write a second. */
    private static double pacing(BigDecimal writes) {
        return writes.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact() / 1_000d;
    }

    public String describe() {
        return isShare() ? shareOfCapacity.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "% of the provisioned write capacity"
                : perSecond.signum() > 0 ? new java.text.DecimalFormat("#,##0.###", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                        .format(perSecond) + " writes a second"
                : "as fast as the table takes them";
    }
}
