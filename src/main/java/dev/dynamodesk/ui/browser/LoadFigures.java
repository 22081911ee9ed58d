package dev.dynamodesk.ui.browser;

import dev.dynamodesk.dynamo.ItemPage;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/** What a load has cost so far (items evaluated, capacity consumed), and how to say it. */
final class LoadFigures {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);
    private static final DecimalFormat CAPACITY = new DecimalFormat("#,##0.#");

    private long scanned;
    private double capacity;

    void add(ItemPage chunk) {
        scanned += chunk.scannedCount();
        capacity += chunk.consumedCapacity();
    }

    void reset() {
        scanned = 0;
        capacity = 0;
    }

    /** "1,000 items loaded · more available · scanned 4,000 · 12.5 RCU". */
    String describe(int rows, boolean more) {
        StringBuilder text = new StringBuilder(COUNT.format(rows)).append(rows == 1 ? " item" : " items");
        if (more) {
            text.append(" loaded · more available");
        } else if (rows > 0 || scanned > 0) {
            text.append(" · all loaded");
        }
        if (scanned > rows) {
            text.append(" · scanned ").append(COUNT.format(scanned));
        }
        if (capacity > 0) {
            text.append(" · ").append(CAPACITY.format(capacity)).append(" RCU");
        }
        return text.toString();
    }

    static String count(long value) {
        return COUNT.format(value);
    }

    static String capacity(double value) {
        return CAPACITY.format(value);
    }
}
