package dev.dynamodesk.transform;

import dev.dynamodesk.item.DynamoValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code shift}: a number moved by an amount, exactly; or a moment moved by a time, kept in the
 * form it was written: ISO-8601 text (a date, a date and time, with or without its offset and
 * fraction digits) or an epoch number (seconds, or milliseconds when it is that large or
 * {@code @ms} says so).
 */
final class Shifts {
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})?");
    /** Epoch values this large are milliseconds (1e11 seconds is the year 5138). */
    private static final BigDecimal MILLIS_FROM = new BigDecimal("100000000000");

    private Shifts() {
    }

    static DynamoValue shift(DynamoValue value, Transform.Shift shift, String where) {
        if (value instanceof NumberValue n) {
            if (shift.unit() == null) {
                return NumberValue.of(n.toBigDecimal().add(shift.amount()).toPlainString());
            }
            boolean millis = shift.epochMillis() != null ? shift.epochMillis() : n.toBigDecimal().abs().compareTo(MILLIS_FROM) >= 0;
            long seconds = shift.unit().getDuration().getSeconds() * shift.amount().longValueExact();
            BigDecimal by = BigDecimal.valueOf(millis ? seconds * 1000 : seconds);
            return NumberValue.of(n.toBigDecimal().add(by).toPlainString());
        }
        String text = ((StringValue) value).value();
        if (shift.unit() == null) {
            throw new ScalarTransforms.NotApplicable("shift:" + shift.amount() + " adds to numbers; the text at " + where
                    + " needs a time unit (shift:" + shift.amount() + "d)");
        }
        long amount = shift.amount().longValueExact();
        try {
            return new StringValue(shiftText(text, amount, shift.unit()));
        } catch (DateTimeParseException e) {
            throw new ScalarTransforms.NotApplicable("shift moves dates written in ISO-8601 (2024-03-02, 2024-03-02T10:15:00Z); the text"
                    + " at " + where + " is not one");
        }
    }

    private static String shiftText(String text, long amount, ChronoUnit unit) {
        if (text.length() == 10) {
            LocalDate date = LocalDate.parse(text);
            return date.atStartOfDay().plus(amount, unit).toLocalDate().toString();
        }
        Matcher parts = DATE_TIME.matcher(text);
        if (!parts.matches()) {
            throw new DateTimeParseException("not ISO-8601", text, 0);
        }
        String fraction = parts.group(3);
        String zone = parts.group(4);
        boolean seconds = parts.group(2).length() == 8;
        StringBuilder pattern = new StringBuilder("uuuu-MM-dd'T'HH:mm").append(seconds ? ":ss" : "");
        if (fraction != null) {
            pattern.append('.').append("S".repeat(fraction.length()));
        }
        if (zone == null) {
            LocalDateTime moment = LocalDateTime.parse(text);
            return moment.plus(amount, unit).format(DateTimeFormatter.ofPattern(pattern.toString()));
        }
        OffsetDateTime moment = OffsetDateTime.parse(text);
        // Z stays Z, an offset stays the offset it was.
        return moment.plus(amount, unit).format(DateTimeFormatter.ofPattern(pattern.append(zone.equals("Z") ? "'Z'" : "xxx").toString()));
    }
}
