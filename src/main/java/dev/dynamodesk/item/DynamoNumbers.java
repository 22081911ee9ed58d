package dev.dynamodesk.item;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * DynamoDB's rules for numbers, checked on the exact decimal text. A number is never turned into
 * a {@code double}: DynamoDB keeps 38 significant digits, far beyond what a double holds.
 */
public final class DynamoNumbers {
    public static final int MAX_SIGNIFICANT_DIGITS = 38;
    /** Smallest magnitude DynamoDB stores: 1E-130. */
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");
    /** Magnitudes must stay below 1E+126 (the largest is 9.99..9E+125). */
    private static final BigDecimal MAGNITUDE_LIMIT = new BigDecimal("1E+126");

    private DynamoNumbers() {
    }

    /** Returns why {@code text} is not a valid DynamoDB number, or empty when it is. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of("A number cannot be empty");
        }
        if (!text.equals(text.strip())) {
            return Optional.of("A number cannot have leading or trailing spaces");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return Optional.of("\"" + abbreviate(text) + "\" is not a number");
        }
        if (value.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > MAX_SIGNIFICANT_DIGITS) {
            return Optional.of("A number can have at most 38 significant digits (this one has "
                    + stripped.precision() + ")");
        }
        BigDecimal magnitude = stripped.abs();
        if (magnitude.compareTo(MIN_MAGNITUDE) < 0) {
            return Optional.of("A number's magnitude must be at least 1E-130");
        }
        if (magnitude.compareTo(MAGNITUDE_LIMIT) >= 0) {
            return Optional.of("A number's magnitude must be below 1E+126");
        }
        return Optional.empty();
    }

    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
