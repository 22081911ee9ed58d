package dev.dynamodesk.ui.bulk;

/** Seconds as a person reads them: "40 s", "3 min", "2 h 5 min". */
final class Durations {
    private Durations() {
    }

    static String text(double seconds) {
        long whole = Math.max(1, Math.round(seconds));
        if (whole < 90) {
            return whole + " s";
        }
        long minutes = Math.round(whole / 60.0);
        if (minutes < 90) {
            return minutes + " min";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }
}
