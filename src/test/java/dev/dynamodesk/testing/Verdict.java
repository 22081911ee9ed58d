package dev.dynamodesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the benchmarks print a target: the figure, its baseline from the same run, the ratio, PASS or OVER. */
public final class Verdict {
    private Verdict() {
    }

    /** {@code value} against {@code baseline}, allowed up to {@code budget} times it. */
    public static String ratio(String what, double value, String valueUnit, double baseline, String baselineName, double budget) {
        double ratio = value / baseline;
        return String.format(Locale.ROOT, "%s: %,.0f %s against %s %,.0f %s = %.2f× (budget ≤ %.1f×) %s",
                what, value, valueUnit, baselineName, baseline, valueUnit, ratio, budget, ratio <= budget ? "PASS" : "OVER");
    }

    /** A rate {@code value} against {@code baseline}'s, needed to be at least {@code minimum} times it. */
    public static String atLeast(String what, double value, String valueUnit, double baseline, String baselineName, double minimum) {
        double ratio = value / baseline;
        return String.format(Locale.ROOT, "%s: %,.0f %s against %s %,.0f %s = %.2f× (budget ≥ %.2f×) %s",
                what, value, valueUnit, baselineName, baseline, valueUnit, ratio, minimum, ratio >= minimum ? "PASS" : "OVER");
    }

    /** {@code value} against an absolute budget. */
    public static String limit(String what, double value, String unit, double budget) {
        return String.format(Locale.ROOT, "%s: %,.0f %s (budget ≤ %,.0f %s, %.2f× of it) %s",
                what, value, unit, budget, unit, value / budget, value <= budget ? "PASS" : "OVER");
    }

    public static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    public static void print(String line) {
        System.out.println("BENCHMARK " + line);
    }
}
