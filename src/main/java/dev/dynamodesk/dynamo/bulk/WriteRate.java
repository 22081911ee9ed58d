package dev.dynamodesk.dynamo.bulk;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How fast a run may write, as typed: nothing (as fast as the table takes them), writes a second
 * ({@code 200}), or a share of the table's provisioned write capacity ({@code 50%}), turned into
 * writes a second with the dry run's average write units per write.
 */
public record WriteRate(double perSecond, double shareOfCapacity) {
    public static final WriteRate UNLIMITED = new WriteRate(0, 0);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_PER_SECOND = BigDecimal.valueOf(1_000_000);

    /** Reads "", "200" or "50%"; throws IllegalArgumentException with a sentence otherwise. */
    public static WriteRate parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return UNLIMITED;
        }
        // Read as a decimal, as typed (no "NaN", "Infinity" or hexadecimal that Double.parseDouble takes);
        // a rate is not an item's number, so it goes on as a double once checked.
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
            return new WriteRate(0, number.divide(HUNDRED).doubleValue());
        }
        if (number.signum() <= 0 || number.compareTo(MAX_PER_SECOND) > 0) {
            throw new IllegalArgumentException("A rate is a number of writes a second above 0 (at most " + MAX_PER_SECOND
                    + "), not " + text.strip());
        }
        return new WriteRate(number.doubleValue(), 0);
    }

    /**
     * Writes a second: as given, or the share of {@code provisionedWriteUnits} (asked only for a
     * share; null: on-demand, refused) divided by the write units a write takes (the dry run's average).
     */
    public double writesPerSecond(double unitsPerWrite, java.util.function.Supplier<Long> provisionedWriteUnits) {
        if (shareOfCapacity == 0) {
            return perSecond;
        }
        Long units = provisionedWriteUnits.get();
        if (units == null || units <= 0) {
            throw new IllegalArgumentException("The table is on-demand, with no provisioned capacity to take a share of: give"
                    + " writes a second instead");
        }
        return Math.max(1, shareOfCapacity * units / Math.max(1, unitsPerWrite));
    }

    public String describe() {
        return shareOfCapacity > 0 ? String.format(Locale.ROOT, "%.0f%% of the provisioned write capacity", shareOfCapacity * 100)
                : perSecond > 0 ? String.format(Locale.ROOT, "%,.0f writes a second", perSecond) : "as fast as the table takes them";
    }
}
