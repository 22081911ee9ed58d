package dev.dynamodesk.transform;

import dev.dynamodesk.item.AttributeType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One transformer as the user names it: {@code keep}, {@code remove}, {@code null},
 * {@code const:VALUE}, {@code hash} (or {@code hash:prefix}, keeping the text before the first
 * #, | or :), {@code email}, {@code name}, {@code phone}, {@code address}, {@code company},
 * {@code mask:N}, {@code truncate:N}, {@code shift:±N[s|m|h|d][@s|@ms]} and {@code random}.
 */
public record Transform(Kind kind, String argument) {
    public enum Kind {
        KEEP, REMOVE, NULL, CONST, HASH, EMAIL, NAME, PHONE, ADDRESS, COMPANY, MASK, TRUNCATE, SHIFT, RANDOM;

        /** The scalar types it can change; the whole-value kinds (keep, remove, null, const) take any value. */
        Set<AttributeType> types() {
            return switch (this) {
                case KEEP, REMOVE, NULL, CONST -> EnumSet.allOf(AttributeType.class);
                case HASH -> EnumSet.of(AttributeType.S, AttributeType.N, AttributeType.B);
                case EMAIL, NAME, PHONE, ADDRESS, COMPANY, MASK -> EnumSet.of(AttributeType.S);
                case TRUNCATE -> EnumSet.of(AttributeType.S, AttributeType.B);
                case SHIFT -> EnumSet.of(AttributeType.N, AttributeType.S);
                case RANDOM -> EnumSet.of(AttributeType.S, AttributeType.N, AttributeType.B, AttributeType.BOOL);
            };
        }

        /** Whether it replaces a value whole (a map or list included) rather than each scalar inside it. */
        boolean wholeValue() {
            return this == KEEP || this == REMOVE || this == NULL || this == CONST;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A shift: an amount and, for dates, a unit; for epoch numbers, whether they count milliseconds (null: by their size). */
    record Shift(java.math.BigDecimal amount, java.time.temporal.ChronoUnit unit, Boolean epochMillis) {
    }

    private static final Pattern SHIFT = Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?)([smhd])?(?:@(s|ms))?");

    public static final Transform KEEP = new Transform(Kind.KEEP, null);

    /** Reads {@code KIND} or {@code KIND:ARG}; says what is wrong otherwise. */
    public static Transform parse(String text) {
        String spec = text == null ? "" : text.strip();
        int colon = spec.indexOf(':');
        String word = (colon < 0 ? spec : spec.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? null : spec.substring(colon + 1);
        Kind kind;
        try {
            kind = Kind.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + word + "' is no transformer; there are keep, remove, null, const:VALUE, hash,"
                    + " hash:prefix, email, name, phone, address, company, mask:N, truncate:N, shift:±N[unit] and random");
        }
        Transform transform = new Transform(kind, argument);
        transform.check();
        return transform;
    }

    private void check() {
        switch (kind) {
            case CONST -> {
                if (argument == null) {
                    throw new IllegalArgumentException("const needs a value: const:VALUE (typed as --where values are: 42, \"42\", true)");
                }
            }
            case MASK, TRUNCATE -> {
                if (argument == null || !argument.strip().matches("[0-9]{1,6}")) {
                    throw new IllegalArgumentException(kind.word() + " needs a count: " + kind.word() + ":4");
                }
            }
            case SHIFT -> shift();
            case HASH -> {
                if (argument != null && !argument.strip().equals("prefix")) {
                    throw new IllegalArgumentException("hash takes nothing, or :prefix (keep the text before the first #, | or :)");
                }
            }
            default -> {
                if (argument != null) {
                    throw new IllegalArgumentException(kind.word() + " takes no argument");
                }
            }
        }
    }

    int count() {
        return Integer.parseInt(argument.strip());
    }

    Shift shift() {
        Matcher matcher = argument == null ? null : SHIFT.matcher(argument.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("shift needs an amount: shift:+5 (numbers), shift:-3d or shift:+90m (dates in ISO-8601"
                    + " text, or epoch numbers; units s, m, h, d; @ms for epoch milliseconds)");
        }
        java.time.temporal.ChronoUnit unit = matcher.group(2) == null ? null : switch (matcher.group(2)) {
            case "s" -> java.time.temporal.ChronoUnit.SECONDS;
            case "m" -> java.time.temporal.ChronoUnit.MINUTES;
            case "h" -> java.time.temporal.ChronoUnit.HOURS;
            default -> java.time.temporal.ChronoUnit.DAYS;
        };
        if (unit != null && matcher.group(1).contains(".")) {
            throw new IllegalArgumentException("shift by a time takes a whole number of " + unit.toString().toLowerCase(Locale.ROOT));
        }
        Boolean millis = matcher.group(3) == null ? null : matcher.group(3).equals("ms");
        return new Shift(new java.math.BigDecimal(matcher.group(1).replace("+", "")), unit, millis);
    }

    /** Whether it can change a value of {@code type} (a set's members count as their scalar type). */
    public boolean appliesTo(AttributeType type) {
        return kind.types().contains(type);
    }

    /** Whether it stands for something personal made up (email, name...): the same input always gives the same fake. */
    boolean fake() {
        return kind == Kind.EMAIL || kind == Kind.NAME || kind == Kind.PHONE || kind == Kind.ADDRESS || kind == Kind.COMPANY;
    }

    @Override
    public String toString() {
        return argument == null ? kind.word() : kind.word() + ":" + argument;
    }
}
